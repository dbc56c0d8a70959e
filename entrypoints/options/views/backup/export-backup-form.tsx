import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { NewPassphraseFields, useNewPassphrase } from '../shared/new-passphrase-fields';
import { SectionPart } from '../shared/section';
import { saveTextFile } from './save-file';

/** Every account, encrypted with a passphrase chosen for this backup, saved as a file. */
export function ExportBackupForm({ onExported }: { onExported: () => void }) {
  const passphrase = useNewPassphrase('Backup passphrase', 'The two backup passphrases differ.');
  const [saved, setSaved] = useState<string | undefined>();
  const exportBackup = useAction(async () => {
    setSaved(undefined);
    try {
      const file = await sendMessage('backup.export', { passphrase: passphrase.checked() });
      saveTextFile(file.fileName, file.content, 'application/json');
      setSaved(`Backup saved as ${file.fileName}.`);
      onExported();
    } finally {
      // The passphrase does not linger in the page, whatever happened.
      passphrase.clear();
    }
  });

  return (
    <SectionPart title="Download an encrypted backup">
      <p class="muted">
        The file holds every account, encrypted with the passphrase you choose here. Keep the passphrase apart from
        the file: without it the backup cannot be restored.
      </p>
      <form class="stack" onSubmit={submitWith(exportBackup.run)}>
        <NewPassphraseFields {...passphrase.fields} />
        <FormFooter
          error={exportBackup.error}
          primary
          label="Download encrypted backup"
          busyLabel="Encrypting…"
          busy={exportBackup.busy}
          blocked={!passphrase.filled}
        />
      </form>
      <StatusNotice message={saved} />
    </SectionPart>
  );
}
