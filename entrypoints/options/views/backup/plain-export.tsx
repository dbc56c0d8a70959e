import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { useFocusOnArrival } from '../../../../lib/ui/use-focus-on-arrival';
import { FormFooter } from '../shared/form-footer';
import { SectionPart } from '../shared/section';
import { useHideWhenAway } from '../shared/use-hide-when-away';

/**
 * Every account as a plain otpauth:// link, for moving to another authenticator. Shown only after
 * the vault passphrase is typed again, and dropped from the page with "Hide", when the page goes
 * into the background, or when the user leaves the section.
 */
export function PlainExport() {
  const [passphrase, setPassphrase] = useState('');
  const [links, setLinks] = useState<string | undefined>();
  // After "Hide", whose button goes with the links, the keyboard focus starts again in the field.
  const [hidden, setHidden] = useState(false);
  const hide = () => {
    setLinks(undefined);
    setHidden(true);
  };
  useHideWhenAway(links !== undefined, hide);
  const show = useAction(async () => {
    try {
      setLinks((await sendMessage('backup.exportPlain', { vaultPassphrase: passphrase })).content);
    } finally {
      setPassphrase('');
    }
  });

  return (
    <SectionPart title="Export as plain links">
      <p class="warning">
        Plain links are not encrypted: anyone who sees them can make your codes. Use them only to move your accounts
        to another authenticator, and do not keep them in a file, a note or a message.
      </p>
      {links === undefined ? (
        <form class="stack" onSubmit={submitWith(show.run)}>
          <TextField
            label="Vault passphrase"
            autoFocus={hidden}
            type="password"
            autocomplete="current-password"
            required
            value={passphrase}
            onInput={setPassphrase}
          />
          <FormFooter
            error={show.error}
            label="Show plain links"
            busyLabel="Checking…"
            busy={show.busy}
            blocked={passphrase === ''}
          />
        </form>
      ) : (
        <PlainLinks links={links} onHide={hide} />
      )}
    </SectionPart>
  );
}

/** The links, ready to select and copy: the focus lands on them, as the button that showed them is gone. */
function PlainLinks({ links, onHide }: { links: string; onHide: () => void }) {
  const id = useId();
  const ref = useFocusOnArrival<HTMLTextAreaElement>();
  return (
    <div class="stack">
      <label for={id}>Plain otpauth links</label>
      <textarea
        ref={ref}
        id={id}
        readOnly
        rows={Math.min(12, Math.max(3, links.split('\n').length))}
        spellcheck={false}
        value={links}
      />
      {links === '' && <p class="empty">The vault holds no accounts.</p>}
      <div class="actions start">
        <button type="button" onClick={onHide}>
          Hide
        </button>
      </div>
    </div>
  );
}
