import { t } from '../../../../lib/i18n/t';
import type { ImportPreviewItem } from '../../../../lib/protocol/protocol';
import { DataTable } from '../shared/data-table';

function statusText(item: ImportPreviewItem): string {
  if (item.status === 'new') return t('manageRestoreNew');
  if (item.status === 'duplicate') {
    return item.duplicateOf ? t('manageRestoreDuplicateOf', { account: item.duplicateOf }) : t('manageRestoreDuplicate');
  }
  return item.reason ? t('manageRestoreInvalid', { reason: item.reason }) : t('manageRestoreInvalidNoReason');
}

/** What a restore would do with each account of the file. Names only: the page never sees a secret. */
export function RestorePreviewTable({ items }: { items: ImportPreviewItem[] }) {
  if (items.length === 0) return <p class="empty">{t('manageBackupEmpty')}</p>;
  return (
    <DataTable
      caption={t('manageBackupCaption')}
      columns={[t('manageIssuer'), t('manageAccountName'), t('manageTypeColumn'), t('manageWhatHappensColumn')]}
    >
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
