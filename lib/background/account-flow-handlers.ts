import type { Handlers } from '../messaging/router';
import {
  activateEmnifyAccount,
  amadisClientFor,
  registerAmadisUser,
  resendEmnifyActivation,
} from '../server/account-flows';
import { toAccountSummary } from '../accounts/account-view';
import type { BackgroundDeps } from './deps';

type AccountFlowHandlers = Pick<
  Handlers,
  | 'account.activate'
  | 'account.resendActivation'
  | 'amadis.register'
  | 'amadis.changePassword'
  | 'amadis.resetPassword'
>;

/** Account flows that need no session: EMnify activation, the Amadis user API. */
export function accountFlowHandlers({ vault, servers }: BackgroundDeps): AccountFlowHandlers {
  return {
    'account.activate': {
      from: 'extension-page',
      async handle({ profileId, ...request }) {
        await activateEmnifyAccount(await servers.getProfile(profileId), request);
        return {};
      },
    },
    'account.resendActivation': {
      from: 'extension-page',
      async handle({ profileId, ...request }) {
        await resendEmnifyActivation(await servers.getProfile(profileId), request);
        return {};
      },
    },
    'amadis.register': {
      from: 'extension-page',
      async handle({ profileId, ...request }) {
        return toAccountSummary(await registerAmadisUser(await servers.getProfile(profileId), vault, request));
      },
    },
    'amadis.changePassword': {
      from: 'extension-page',
      async handle({ profileId, email, oldPassword, newPassword }) {
        const client = await amadisClientFor(await servers.getProfile(profileId), vault);
        await client.changePassword({ email: email.trim(), oldPassword, newPassword });
        return {};
      },
    },
    'amadis.resetPassword': {
      from: 'extension-page',
      async handle({ profileId, email }) {
        const client = await amadisClientFor(await servers.getProfile(profileId), vault);
        // The one reply that carries a server password: the popup shows it once, to be changed.
        return { password: await client.resetPassword({ email: email.trim() }) };
      },
    },
  };
}
