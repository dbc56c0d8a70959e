import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { VaultStatus } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { NewPassphraseFields, useNewPassphrase } from '../shared/new-passphrase-fields';
import { SectionPart } from '../shared/section';

/** A new vault passphrase: the data key is wrapped again, nothing else is re-encrypted. */
export function ChangePassphraseForm({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase(t('manageNewPassphrase'), t('manageNewPassphrasesDiffer'));
  const [changed, setChanged] = useState<string | undefined>();
  const change = useAction(async () => {
    setChanged(undefined);
    try {
      onStatus(await sendMessage('vault.changePassphrase', { current, next: next.checked() }));
      setChanged(t('managePassphraseChanged'));
    } finally {
      // No passphrase lingers in the page, whatever happened.
      setCurrent('');
      next.clear();
    }
  });

  return (
    <SectionPart title={t('manageChangePassphraseHeading')}>
      <form class="stack" onSubmit={submitWith(change.run)}>
        <TextField label={t('manageCurrentPassphrase')} type="password" autocomplete="current-password" required value={current} onInput={setCurrent} />
        <NewPassphraseFields {...next.fields} />
        <FormFooter
          error={change.error}
          label={t('manageChangePassphrase')}
          busyLabel={t('manageChanging')}
          busy={change.busy}
          blocked={current === '' || !next.filled}
        />
      </form>
      <StatusNotice message={changed} />
    </SectionPart>
  );
}
