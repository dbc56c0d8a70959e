import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { VaultStatus } from '../../../../lib/messaging/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { FormInputError } from '../../../../lib/ui/form-errors';
import { passphraseStrength } from '../../../../lib/ui/passphrase-strength';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';

/** A new vault passphrase: the data key is wrapped again, nothing else is re-encrypted. */
export function ChangePassphraseForm({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [changed, setChanged] = useState<string | undefined>();
  const hint = passphraseStrength(next);
  const change = useAction(async () => {
    setChanged(undefined);
    try {
      if (next !== repeated) throw new FormInputError('The two new passphrases differ.');
      onStatus(await sendMessage('vault.changePassphrase', { current, next }));
      setChanged('Vault passphrase changed.');
    } finally {
      setCurrent('');
      setNext('');
      setRepeated('');
    }
  });

  return (
    <section class="stack" aria-labelledby="change-passphrase-title">
      <h3 id="change-passphrase-title">Change vault passphrase</h3>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void change.run();
        }}
      >
        <TextField label="Current passphrase" type="password" autocomplete="current-password" required value={current} onInput={setCurrent} />
        <TextField
          label="New passphrase"
          type="password"
          autocomplete="new-password"
          required
          value={next}
          onInput={setNext}
          hint={next ? hint.text : 'Use a long passphrase: several words work well.'}
        />
        <TextField label="Repeat new passphrase" type="password" autocomplete="new-password" required value={repeated} onInput={setRepeated} />
        <ErrorMessage message={change.error} />
        <div class="actions start">
          <BusyButton
            type="submit"
            label="Change passphrase"
            busyLabel="Changing…"
            busy={change.busy}
            blocked={current === '' || next === '' || repeated === ''}
          />
        </div>
      </form>
      <StatusNotice message={changed} />
    </section>
  );
}
