import { useId, useState } from 'preact/hooks';
import { accountName } from '../../../../lib/accounts/account-name';
import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { useFocusFirstControl } from './focus-first';
import type { AccountTies } from './use-account-ties';

interface TieFormProps {
  account: AccountSummary;
  ties: AccountTies;
  onTied: () => void;
  onCancel: () => void;
}

/**
 * Ties an account to a user on a server, for a key enrolled elsewhere (added by its link, imported):
 * the MFA step of that user's login then offers its code in one click. Only the account's id and
 * the user's name go to the background; the seed stays where it is.
 */
export function TieForm({ account, ties, onTied, onCancel }: TieFormProps) {
  const id = useId();
  const ref = useFocusFirstControl<HTMLFormElement>();
  const [profileId, setProfileId] = useState(ties.firstServer);
  const [username, setUsername] = useState('');
  const tie = useAction(async () => {
    await ties.tie(account.id, profileId, username.trim());
    onTied();
  });
  return (
    <form ref={ref} class="account-edit" aria-label={`Tie ${accountName(account)} to a server user`} onSubmit={submitWith(tie.run)}>
      <label for={`${id}-server`}>Server</label>
      <select id={`${id}-server`} value={profileId} onChange={(e) => setProfileId(e.currentTarget.value)}>
        {ties.servers.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
      <TextField label="User (e-mail address)" type="email" autocomplete="off" value={username} onInput={setUsername} required maxLength={254} />
      <p class="muted">Logging in as this user on this server will offer this account’s code in one click.</p>
      <FormFooter error={tie.error} primary label="Tie" busyLabel="Tying…" busy={tie.busy} blocked={username.trim() === '' || profileId === ''} onCancel={onCancel} />
    </form>
  );
}
