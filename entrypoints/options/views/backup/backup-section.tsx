import { sendMessage } from '../../../../lib/protocol/client';
import type { BackupStatus } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { formatMoment } from '../shared/dates';
import { Loaded } from '../shared/load-status';
import { Section } from '../shared/section';
import { useLoaded } from '../shared/use-loaded';
import { ExportBackupForm } from './export-backup-form';
import { PlainExport } from './plain-export';
import { RestoreBackupForm } from './restore-backup-form';

const loadBackupStatus = () => sendMessage('backup.status', {});

/** Encrypted backup and restore, and the plain export behind its warning. */
export function BackupSection() {
  const status = useLoaded(loadBackupStatus);
  const refresh = () => void status.reload();
  return (
    <Section id="backup">
      <Loaded data={status} loading={t('manageLoadingBackupDate')}>
        {(value) => <BackupStatusLine status={value} />}
      </Loaded>
      <ExportBackupForm onExported={refresh} />
      <RestoreBackupForm onRestored={refresh} />
      <PlainExport />
    </Section>
  );
}

function BackupStatusLine({ status }: { status: BackupStatus }) {
  const last =
    status.lastBackupAt === undefined
      ? t('manageNoBackupYet')
      : t('manageLastBackup', { date: formatMoment(status.lastBackupAt) });
  return (
    <>
      <p class="muted">{last}</p>
      {status.reminder && <p class="reminder">{t('manageBackupReminder')}</p>}
    </>
  );
}
