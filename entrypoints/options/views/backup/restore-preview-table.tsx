import type { ImportPreviewItem } from '../../../../lib/messaging/protocol';

function statusText(item: ImportPreviewItem): string {
  if (item.status === 'new') return 'New: will be added';
  if (item.status === 'duplicate') return `Already in the vault${item.duplicateOf ? ` as ${item.duplicateOf}` : ''}: skipped`;
  return `Invalid: ${item.reason ?? 'this entry cannot be used.'}`;
}

/** What a restore would do with each account of the file. Names only: the page never sees a secret. */
export function RestorePreviewTable({ items }: { items: ImportPreviewItem[] }) {
  if (items.length === 0) return <p class="empty">This backup holds no accounts.</p>;
  return (
    <table>
      <caption class="visually-hidden">Accounts in the backup</caption>
      <thead>
        <tr>
          <th scope="col">Issuer</th>
          <th scope="col">Account name</th>
          <th scope="col">Type</th>
          <th scope="col">What happens</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.index}>
            <td>{item.issuer || '—'}</td>
            <td>{item.label || '—'}</td>
            <td>{item.type?.toUpperCase() ?? '—'}</td>
            <td>{statusText(item)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
