import type { PreviewRow } from '../../../../lib/import/preview-rows';

const STATUS_TEXT: Record<PreviewRow['status'], string> = {
  new: 'New',
  duplicate: 'Duplicate',
  invalid: 'Invalid',
};

/** "2 new, 1 duplicate, 1 invalid." */
export function previewSummary(rows: readonly PreviewRow[]): string {
  const counts = (['new', 'duplicate', 'invalid'] as const)
    .map((status) => [status, rows.filter((row) => row.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return `${counts.join(', ')}.`;
}

/** What the import would do with each entry; entries are row headers, so each cell is read with its entry. */
export function ImportPreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  return (
    <table>
      <caption>Preview</caption>
      <thead>
        <tr>
          <th scope="col">Entry</th>
          <th scope="col">Status</th>
          <th scope="col">Issuer</th>
          <th scope="col">Account name</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <th scope="row">{row.entry}</th>
            <td>{STATUS_TEXT[row.status]}</td>
            <td>{row.issuer}</td>
            <td>{row.label}</td>
            <td>{row.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
