import { useId, useState } from 'preact/hooks';
import { accountName } from '../../../../lib/accounts/account-name';
import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
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
    <form ref={ref} class="account-edit" aria-label={t('manageTieLabel', { account: accountName(account) })} onSubmit={submitWith(tie.run)}>
      <label for={`${id}-server`}>{t('manageServer')}</label>
      <select id={`${id}-server`} value={profileId} onChange={(e) => setProfileId(e.currentTarget.value)}>
        {ties.servers.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
      <TextField label={t('manageTieUser')} type="email" autocomplete="off" value={username} onInput={setUsername} required maxLength={254} />
      <p class="muted">{t('manageTieHint')}</p>
      <FormFooter
        error={tie.error}
        primary
        label={t('manageTie')}
        busyLabel={t('manageTying')}
        busy={tie.busy}
        blocked={username.trim() === '' || profileId === ''}
        onCancel={onCancel}
      />
    </form>
  );
}
