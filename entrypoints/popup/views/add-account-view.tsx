import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { AccountSummary } from '../../../lib/protocol/protocol';
import { useAction } from '../../../lib/ui/use-action';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { useFocusOnArrival } from '../../../lib/ui/use-focus-on-arrival';
import { EMPTY_MANUAL_FORM, ManualKeyFields, toManualInput, type ManualKeyForm } from './manual-key-fields';

type Mode = 'link' | 'key';

/** Adds an account from an otpauth:// link or from a key typed in; the background validates both. */
export function AddAccountView({ onDone }: { onDone: (added: AccountSummary | undefined) => void }) {
  const [mode, setMode] = useState<Mode>('link');
  const [uri, setUri] = useState('');
  const [manual, setManual] = useState<ManualKeyForm>(EMPTY_MANUAL_FORM);
  const uriField = useFocusOnArrival<HTMLTextAreaElement>();
  const add = useAction(async () => {
    const added =
      mode === 'link'
        ? await sendMessage('accounts.addUri', { uri: uri.trim() })
        : await sendMessage('accounts.addManual', toManualInput(manual));
    setUri('');
    setManual(EMPTY_MANUAL_FORM);
    onDone(added);
  });

  // An error about the link says nothing about a typed key, and the other way round.
  function switchTo(next: Mode) {
    setMode(next);
    add.reset();
  }

  return (
    <form
      class="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run();
      }}
    >
      <h1>Add account</h1>
      <div class="tabs" role="radiogroup" aria-label="How to add">
        <label>
          <input type="radio" name="mode" checked={mode === 'link'} onChange={() => switchTo('link')} />
          Paste a link
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'key'} onChange={() => switchTo('key')} />
          Enter a key
        </label>
      </div>
      {mode === 'link' ? (
        <>
          <label for="otpauth-uri">otpauth:// link</label>
          <textarea
            id="otpauth-uri"
            rows={3}
            ref={uriField}
            spellcheck={false}
            autocomplete="off"
            placeholder="otpauth://totp/Example:alice@example.com?secret=…"
            value={uri}
            onInput={(e) => setUri(e.currentTarget.value)}
          />
        </>
      ) : (
        <ManualKeyFields value={manual} onChange={setManual} />
      )}
      <ErrorMessage message={add.error} />
      <div class="actions">
        <button type="button" onClick={() => onDone(undefined)}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={add.busy}>
          {add.busy ? 'Adding…' : 'Add'}
        </button>
      </div>
    </form>
  );
}
