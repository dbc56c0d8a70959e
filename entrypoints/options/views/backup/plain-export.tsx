import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';

/**
 * Every account as a plain otpauth:// link, for moving to another authenticator. Shown only after
 * the vault passphrase is typed again, and dropped from the page with "Hide".
 */
export function PlainExport() {
  const linksId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [links, setLinks] = useState<string | undefined>();
  // After "Hide", whose button goes with the links, the keyboard focus starts again in the field.
  const [hidden, setHidden] = useState(false);
  const show = useAction(async () => {
    try {
      setLinks((await sendMessage('backup.exportPlain', { vaultPassphrase: passphrase })).content);
    } finally {
      setPassphrase('');
    }
  });

  return (
    <section class="stack" aria-labelledby="plain-export-title">
      <h3 id="plain-export-title">Export as plain links</h3>
      <p class="warning">
        Plain links are not encrypted: anyone who sees them can make your codes. Use them only to move your accounts
        to another authenticator, and do not keep them in a file, a note or a message.
      </p>
      {links === undefined ? (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void show.run();
          }}
        >
          <TextField
            label="Vault passphrase"
            autoFocus={hidden}
            type="password"
            autocomplete="current-password"
            required
            value={passphrase}
            onInput={setPassphrase}
          />
          <ErrorMessage message={show.error} />
          <div class="actions start">
            <BusyButton
              type="submit"
              label="Show plain links"
              busyLabel="Checking…"
              busy={show.busy}
              blocked={passphrase === ''}
            />
          </div>
        </form>
      ) : (
        <div class="stack">
          <label for={linksId}>Plain otpauth links</label>
          <textarea id={linksId} readOnly rows={Math.min(12, Math.max(3, links.split('\n').length))} spellcheck={false} value={links} />
          {links === '' && <p class="empty">The vault holds no accounts.</p>}
          <div class="actions start">
            <button
              type="button"
              onClick={() => {
                setLinks(undefined);
                setHidden(true);
              }}
            >
              Hide
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
