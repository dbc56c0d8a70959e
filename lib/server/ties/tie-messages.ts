// The management page's view and control of which server user each vault account logs in to. What a
// tie means is lib/accounts/server-binding.ts's to say; this adds the server side: a tie names an
// EMnify server in the list, the only kind whose login has an MFA step the vault can answer.
import { logsIn, tieAccount, untieAccount } from '../../accounts/server-binding';
import { pageMessage } from '../../messaging/page-message';
import { email, empty, id, profileId } from '../../messaging/request-fields';
import * as z from '../../zod';
import type { VaultPort } from '../../vault/vault-port';
import { WrongServerKindError } from '../errors';
import type { AccountTie } from '../management-views';
import { getProfile } from '../profiles/profiles';
import type { ServerDeps } from '../server-deps';

async function listTies(vault: VaultPort): Promise<AccountTie[]> {
  return (await vault.listAccounts()).filter(logsIn).map(({ id, server }) => ({ accountId: id, profileId: server.profileId, username: server.username }));
}

export function tieMessages({ vault, now }: Pick<ServerDeps, 'vault' | 'now'>) {
  return {
    'ties.list': pageMessage({ request: empty, passive: true, handle: () => listTies(vault) }),
    /** Ties the account to a user on a server, in place of any tie it had. */
    'ties.tie': pageMessage({
      request: z.strictObject({ accountId: id, profileId, username: email }),
      async handle({ accountId, profileId, username }) {
        if ((await getProfile(profileId)).kind !== 'emnify') throw new WrongServerKindError('emnify');
        await tieAccount(vault, accountId, { profileId, username: username.trim() }, now());
        return listTies(vault);
      },
    }),
    'ties.untie': pageMessage({
      request: z.strictObject({ accountId: id }),
      async handle({ accountId }) {
        await untieAccount(vault, accountId);
        return listTies(vault);
      },
    }),
  };
}
