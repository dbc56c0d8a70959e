import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { ImportPreviewItem } from '../../../../lib/messaging/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { FormInputError } from '../../../../lib/ui/form-errors';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { RestorePreviewTable } from './restore-preview-table';

/** The request limit of backup.preview and backup.restore, in characters. */
const MAX_BACKUP_CHARS = 20_000_000;

/** Restore: pick the file, type its passphrase, see what would change, then merge. */
export function RestoreBackupForm({ onRestored }: { onRestored: () => void }) {
  const fileId = useId();
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<{ content: string; items: ImportPreviewItem[] } | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const newCount = preview?.items.filter((item) => item.status === 'new').length ?? 0;

  const showPreview = useAction(async () => {
    setDone(undefined);
    setPreview(undefined);
    if (!file) throw new FormInputError('Choose the backup file first.');
    if (file.size > MAX_BACKUP_CHARS) throw new FormInputError('This file is too large to be an OTP Companion backup.');
    const content = await file.text();
    setPreview({ content, items: await sendMessage('backup.preview', { content, passphrase }) });
  });

  const restore = useAction(async () => {
    if (!preview) return;
    const result = await sendMessage('backup.restore', { content: preview.content, passphrase });
    setPreview(undefined);
    setPassphrase('');
    setDone(`Restored ${result.added} ${result.added === 1 ? 'account' : 'accounts'}; ${result.skipped} skipped.`);
    onRestored();
  });

  /** A changed file or passphrase makes the preview stale: it goes, and the restore with it. */
  function changed() {
    setPreview(undefined);
    setDone(undefined);
    showPreview.reset();
    restore.reset();
  }

  return (
    <section class="stack" aria-labelledby="backup-restore-title">
      <h3 id="backup-restore-title">Restore a backup</h3>
      <p class="muted">Accounts the vault already holds are left as they are; only the others are added.</p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void showPreview.run();
        }}
      >
        <label for={fileId}>Backup file</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0]);
            changed();
          }}
        />
        <TextField
          label="Backup passphrase"
          type="password"
          autocomplete="off"
          required
          value={passphrase}
          onInput={(value) => {
            setPassphrase(value);
            changed();
          }}
        />
        <ErrorMessage message={showPreview.error} />
        <div class="actions start">
          <BusyButton
            type="submit"
            label="Preview"
            busyLabel="Decrypting…"
            busy={showPreview.busy}
            blocked={!file || passphrase === '' || restore.busy}
          />
        </div>
      </form>
      {preview && (
        <div class="stack">
          <RestorePreviewTable items={preview.items} />
          {newCount === 0 ? (
            <p class="muted">Nothing to restore: the vault already holds every usable account of this backup.</p>
          ) : (
            <div class="actions start">
              <BusyButton
                primary
                label={`Restore ${newCount} ${newCount === 1 ? 'account' : 'accounts'}`}
                busyLabel="Restoring…"
                busy={restore.busy}
                onClick={() => void restore.run()}
              />
            </div>
          )}
          <ErrorMessage message={restore.error} />
        </div>
      )}
      <StatusNotice message={done} />
    </section>
  );
}
