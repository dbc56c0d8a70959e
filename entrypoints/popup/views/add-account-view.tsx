import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { AccountSummary } from '../../../lib/protocol/protocol';
import { useAction } from '../../../lib/ui/use-action';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { useFocusOnArrival } from '../../../lib/ui/use-focus-on-arrival';
import { EMPTY_MANUAL_FORM, ManualKeyFields, toManualInput, type ManualKeyForm } from './manual-key-fields';
import { t } from '../../../lib/i18n/t';

type Mode = 'link' | 'key';

/** The shape of a link, the same in every language. */
const LINK_EXAMPLE = 'otpauth://totp/Example:alice@example.com?secret=…';

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
      <h1>{t('popupAddAccount')}</h1>
      <div class="tabs" role="radiogroup" aria-label={t('popupHowToAdd')}>
        <label>
          <input type="radio" name="mode" checked={mode === 'link'} onChange={() => switchTo('link')} />
          {t('popupPasteLink')}
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'key'} onChange={() => switchTo('key')} />
          {t('popupEnterKey')}
        </label>
      </div>
      {mode === 'link' ? (
        <>
          <label for="otpauth-uri">{t('popupOtpauthLink')}</label>
          <textarea
            id="otpauth-uri"
            rows={3}
            ref={uriField}
            spellcheck={false}
            autocomplete="off"
            placeholder={LINK_EXAMPLE}
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
          {t('popupCancel')}
        </button>
        <button type="submit" class="primary" disabled={add.busy}>
          {add.busy ? t('popupAdding') : t('popupAdd')}
        </button>
      </div>
    </form>
  );
}
