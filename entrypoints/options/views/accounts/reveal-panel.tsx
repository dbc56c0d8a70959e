import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { t } from '../../../../lib/i18n/t';
import { QrCode } from '../../../../lib/ui/qr-code';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { useHideWhenAway } from '../shared/use-hide-when-away';
import { useFocusFirstControl } from './focus-first';

interface RevealPanelProps {
  account: AccountSummary;
  /** Closes the panel; the secret goes with it. */
  onHide: () => void;
}

type Revealed = { secret: string; otpauthUri: string };

/**
 * Shows an account's secret and QR code, only after the vault passphrase is typed again: an
 * unlocked vault left alone on a screen should not hand its keys to whoever sits down at it.
 * The secret lives in this component's state only, so closing it or leaving the section drops it.
 */
export function RevealPanel({ account, onHide }: RevealPanelProps) {
  const name = accountName(account);
  const [revealed, setRevealed] = useState<Revealed | undefined>();
  // A page left in a background tab keeps no secret on display; the question goes too, so the
  // list is as the user left it before opening the panel.
  useHideWhenAway(true, onHide);

  if (revealed) return <RevealedSecret name={name} revealed={revealed} onHide={onHide} />;
  return <PassphraseForm account={account} name={name} onRevealed={setRevealed} onCancel={onHide} />;
}

interface PassphraseFormProps {
  account: AccountSummary;
  name: string;
  onRevealed: (revealed: Revealed) => void;
  onCancel: () => void;
}

function PassphraseForm({ account, name, onRevealed, onCancel }: PassphraseFormProps) {
  const ref = useFocusFirstControl<HTMLFormElement>();
  const [passphrase, setPassphrase] = useState('');
  const reveal = useAction(async () => {
    try {
      onRevealed(await sendMessage('accounts.reveal', { id: account.id, passphrase }));
    } finally {
      setPassphrase('');
    }
  });
  return (
    <form ref={ref} class="reveal stack" aria-label={t('manageRevealFormLabel', { account: name })} onSubmit={submitWith(reveal.run)}>
      <TextField
        label={t('manageVaultPassphrase')}
        type="password"
        autocomplete="current-password"
        value={passphrase}
        onInput={setPassphrase}
        required
        hint={t('manageRevealHint')}
      />
      <FormFooter
        error={reveal.error}
        primary
        label={t('manageReveal')}
        busyLabel={t('manageChecking')}
        busy={reveal.busy}
        blocked={passphrase === ''}
        onCancel={onCancel}
      />
    </form>
  );
}

function RevealedSecret({ name, revealed, onHide }: { name: string; revealed: Revealed; onHide: () => void }) {
  // The form's button that was pressed is gone: focus goes to the one way out.
  const ref = useFocusFirstControl<HTMLDivElement>();
  return (
    <div ref={ref} class="reveal stack" role="group" aria-label={t('manageSecretOf', { account: name })}>
      <p class="muted">{t('manageSecretWarning', { account: name })}</p>
      <div class="actions start">
        <button type="button" onClick={onHide}>
          {t('manageHide')}
        </button>
      </div>
      <QrCode label={t('manageQrCodeOf', { account: name })} text={revealed.otpauthUri} />
      <code class="secret-key" aria-label={t('manageSecretKey')}>
        {revealed.secret}
      </code>
    </div>
  );
}
