import { t } from '../../../../lib/i18n/t';
import type { PreviewRow } from '../../../../lib/import/preview-rows';
import { DataTable } from '../shared/data-table';

function statusText(status: PreviewRow['status']): string {
  switch (status) {
    case 'new':
      return t('manageStatusNew');
    case 'duplicate':
      return t('manageStatusDuplicate');
    case 'invalid':
      return t('manageStatusInvalid');
    case 'skipped':
      return t('manageStatusSkipped');
  }
}

/** What the import would do with each entry; entries are row headers, so each cell is read with its entry. */
export function ImportPreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  return (
    <DataTable
      caption={t('managePreview')}
      showCaption
      columns={[t('manageEntryColumn'), t('manageStatusColumn'), t('manageIssuer'), t('manageAccountName'), t('manageReasonColumn')]}
    >
      {rows.map((row, index) => (
        <tr key={index}>
          <th scope="row">{row.entry}</th>
          <td>{statusText(row.status)}</td>
          <td>{row.issuer}</td>
          <td>{row.label}</td>
          <td>{row.reason}</td>
        </tr>
      ))}
    </DataTable>
  );
}
