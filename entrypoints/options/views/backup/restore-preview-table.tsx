import type { ImportPreviewItem } from '../../../../lib/protocol/protocol';
import { DataTable } from '../shared/data-table';

function statusText(item: ImportPreviewItem): string {
  if (item.status === 'new') return 'New: will be added';
  if (item.status === 'duplicate') return `Already in the vault${item.duplicateOf ? ` as ${item.duplicateOf}` : ''}: skipped`;
  return `Invalid: ${item.reason ?? 'this entry cannot be used.'}`;
}

/** What a restore would do with each account of the file. Names only: the page never sees a secret. */
export function RestorePreviewTable({ items }: { items: ImportPreviewItem[] }) {
  if (items.length === 0) return <p class="empty">This backup holds no accounts.</p>;
  return (
    <DataTable caption="Accounts in the backup" columns={['Issuer', 'Account name', 'Type', 'What happens']}>
      {items.map((item) => (
        <tr key={item.index}>
          <td>{item.issuer || '—'}</td>
          <td>{item.label || '—'}</td>
          <td>{item.type?.toUpperCase() ?? '—'}</td>
          <td>{statusText(item)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
