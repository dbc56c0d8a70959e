import type { PreviewRow } from '../../../../lib/import/preview-rows';
import { DataTable } from '../shared/data-table';

const STATUS_TEXT: Record<PreviewRow['status'], string> = {
  new: 'New',
  duplicate: 'Duplicate',
  invalid: 'Invalid',
  skipped: 'Skipped',
};

/** What the import would do with each entry; entries are row headers, so each cell is read with its entry. */
export function ImportPreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  return (
    <DataTable caption="Preview" showCaption columns={['Entry', 'Status', 'Issuer', 'Account name', 'Reason']}>
      {rows.map((row, index) => (
        <tr key={index}>
          <th scope="row">{row.entry}</th>
          <td>{STATUS_TEXT[row.status]}</td>
          <td>{row.issuer}</td>
          <td>{row.label}</td>
          <td>{row.reason}</td>
        </tr>
      ))}
    </DataTable>
  );
}
