import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import { t } from '../../../../lib/i18n/t';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { NewPassphraseFields, useNewPassphrase } from '../shared/new-passphrase-fields';
import { SectionPart } from '../shared/section';
import { saveTextFile } from './save-file';

/**
 * Every account, encrypted with a passphrase chosen for this backup, saved as a file. The vault
 * passphrase is asked again first: whoever chooses the backup passphrase can read every seed.
 */
export function ExportBackupForm({ onExported }: { onExported: () => void }) {
  const [vaultPassphrase, setVaultPassphrase] = useState('');
  const passphrase = useNewPassphrase(t('manageBackupPassphrase'), t('manageBackupPassphrasesDiffer'));
  const [saved, setSaved] = useState<string | undefined>();
  const exportBackup = useAction(async () => {
    setSaved(undefined);
    try {
      const file = await sendMessage('backup.export', { passphrase: passphrase.checked(), vaultPassphrase });
      saveTextFile(file.fileName, file.content, 'application/json');
      setSaved(t('manageBackupSaved', { file: file.fileName }));
      onExported();
    } finally {
      // No passphrase lingers in the page, whatever happened.
      setVaultPassphrase('');
      passphrase.clear();
    }
  });

  return (
    <SectionPart title={t('manageExportHeading')}>
      <p class="muted">{t('manageExportIntro')}</p>
      <form class="stack" onSubmit={submitWith(exportBackup.run)}>
        <TextField
          label={t('manageVaultPassphrase')}
          type="password"
          autocomplete="current-password"
          required
          value={vaultPassphrase}
          onInput={setVaultPassphrase}
          hint={t('manageExportVaultHint')}
        />
        <NewPassphraseFields {...passphrase.fields} />
        <FormFooter
          error={exportBackup.error}
          primary
          label={t('manageExportButton')}
          busyLabel={t('manageEncrypting')}
          busy={exportBackup.busy}
          blocked={vaultPassphrase === '' || !passphrase.filled}
        />
      </form>
      <StatusNotice message={saved} />
    </SectionPart>
  );
}
