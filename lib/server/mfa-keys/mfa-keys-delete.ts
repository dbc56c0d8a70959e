// Deleting one of the logged-in user's MFA keys (docs/api-contract.md §1.3: 204, or 404 when it is
// already gone), and what becomes of the vault account holding its seed:
// - a key that was active: the account stays. Its seed is the user's (it may be on a phone too,
//   and deleting a secret is never done behind the user's back), but it no longer names the key
//   and logs in nobody (lib/accounts/server-binding.ts): an ordinary account that the page has
//   warned "will stop working on this server". Deleting it is the user's choice, on the accounts page.
// - a key still pending enrolment: the seed goes too, exactly as "Cancel enrolment" does. A
//   deleted pending key can never be activated, so its seed would only be a code list that opens
//   nothing, and an unfinished-enrolment reminder that cannot be finished.
import { ApiError } from '../../api';
import type { ServerDeps } from '../server-deps';
import type { MfaKeysView } from '../management-views';
import { requireUserSession } from '../devices/devices-session';
import { isPendingEnrolment, keyDeletedBinding } from '../../accounts/server-binding';
import { accountsOfKey, readMfaKeys } from './mfa-keys-list';

export async function deleteMfaKey(deps: Pick<ServerDeps, 'vault' | 'servers'>, id: number): Promise<MfaKeysView> {
  const session = await requireUserSession(deps.servers, 'MFA keys');
  try {
    await session.client.deleteMfaKey(id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  for (const account of accountsOfKey(await deps.vault.listAccounts(), session, id)) {
    if (isPendingEnrolment(account)) {
      await deps.vault.deleteAccount(account.id);
    } else if (account.server) {
      await deps.vault.updateAccount(account.id, { server: keyDeletedBinding(account.server) });
    }
  }
  return readMfaKeys(deps, session);
}
