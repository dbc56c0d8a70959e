import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { FormInputError } from '../../../../lib/ui/form-errors';
import { passphraseStrength } from '../../../../lib/ui/passphrase-strength';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { saveTextFile } from './save-file';

/** Every account, encrypted with a passphrase chosen for this backup, saved as a file. */
export function ExportBackupForm({ onExported }: { onExported: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [saved, setSaved] = useState<string | undefined>();
  const hint = passphraseStrength(passphrase);
  const exportBackup = useAction(async () => {
    setSaved(undefined);
    try {
      if (passphrase !== repeated) throw new FormInputError('The two backup passphrases differ.');
      const file = await sendMessage('backup.export', { passphrase });
      saveTextFile(file.fileName, file.content, 'application/json');
      setSaved(`Backup saved as ${file.fileName}.`);
      onExported();
    } finally {
      // The passphrase does not linger in the page, whatever happened.
      setPassphrase('');
      setRepeated('');
    }
  });

  return (
    <section class="stack" aria-labelledby="backup-export-title">
      <h3 id="backup-export-title">Download an encrypted backup</h3>
      <p class="muted">
        The file holds every account, encrypted with the passphrase you choose here. Keep the passphrase apart from
        the file: without it the backup cannot be restored.
      </p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void exportBackup.run();
        }}
      >
        <TextField
          label="Backup passphrase"
          type="password"
          autocomplete="new-password"
          required
          value={passphrase}
          onInput={setPassphrase}
          hint={passphrase ? hint.text : 'Use a long passphrase: several words work well.'}
        />
        <TextField
          label="Repeat backup passphrase"
          type="password"
          autocomplete="new-password"
          required
          value={repeated}
          onInput={setRepeated}
        />
        <ErrorMessage message={exportBackup.error} />
        <div class="actions start">
          <BusyButton
            type="submit"
            primary
            label="Download encrypted backup"
            busyLabel="Encrypting…"
            busy={exportBackup.busy}
            blocked={passphrase === '' || repeated === ''}
          />
        </div>
      </form>
      <StatusNotice message={saved} />
    </section>
  );
}
