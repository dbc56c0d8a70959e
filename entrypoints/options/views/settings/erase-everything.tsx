import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { VaultStatus } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { useAction } from '../../../../lib/ui/use-action';
// The warning's look is the backup section's.
import '../backup/backup.css';
import './settings.css';

/** The word to type; the background checks it too. */
const CONFIRMATION = 'erase';

/** Deletes the vault, the settings, the servers and the session, after the word is typed. */
export function EraseEverything({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const confirmed = typed === CONFIRMATION;
  const erase = useAction(async () => {
    onStatus(await sendMessage('vault.erase', { confirmation: typed }));
  });

  return (
    <section class="stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Erase everything</h3>
      <p class="warning" id={`${id}-warning`}>
        This deletes every account and its secret, the settings, the servers you added and the login. It cannot be
        undone: without a backup, the accounts are gone for good.
      </p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmed) void erase.run();
        }}
      >
        <label for={id}>Type {CONFIRMATION} to confirm</label>
        <input
          id={id}
          type="text"
          autocomplete="off"
          spellcheck={false}
          autocapitalize="off"
          aria-describedby={`${id}-warning`}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <ErrorMessage message={erase.error} />
        <div class="actions start">
          <button type="submit" class="danger" disabled={!confirmed || erase.busy}>
            {erase.busy ? 'Erasing…' : 'Erase everything'}
          </button>
        </div>
      </form>
    </section>
  );
}
