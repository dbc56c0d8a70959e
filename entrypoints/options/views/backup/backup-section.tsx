import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { BackupStatus } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { ExportBackupForm } from './export-backup-form';
import { PlainExport } from './plain-export';
import { RestoreBackupForm } from './restore-backup-form';
import './backup.css';

/** Encrypted backup and restore, and the plain export behind its warning. */
export function BackupSection() {
  const [status, setStatus] = useState<BackupStatus | undefined>();
  const [error, setError] = useState<string | undefined>();
  const refresh = useCallback(() => {
    sendMessage('backup.status', {}).then(
      (next) => {
        setStatus(next);
        setError(undefined);
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(refresh, [refresh]);

  return (
    <section class="stack" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <BackupStatusLine status={status} error={error} />
      <ExportBackupForm onExported={refresh} />
      <RestoreBackupForm onRestored={refresh} />
      <PlainExport />
    </section>
  );
}

function BackupStatusLine({ status, error }: { status: BackupStatus | undefined; error: string | undefined }) {
  if (error) return <ErrorMessage message={error} />;
  if (!status) return <p class="loading">Reading when the last backup was made…</p>;
  const last = status.lastBackupAt === undefined
    ? 'No encrypted backup has been made from this browser yet.'
    : `Last encrypted backup: ${new Date(status.lastBackupAt).toLocaleString()}.`;
  return (
    <div class="stack">
      <p class="muted">{last}</p>
      {status.reminder && <p class="reminder">You added accounts since your last backup.</p>}
    </div>
  );
}
