import { pageMessage } from '../../messaging/page-message';
import { text, profileId, serverPassword, email } from '../../messaging/request-fields';
import * as z from '../../zod';
import {
  activateEmnifyAccount,
  amadisClientFor,
  registerAmadisUser,
  resendEmnifyActivation,
} from './account-flows';
import { toAccountSummary } from '../../accounts/account-view';
import type { ServerDeps } from '../server-deps';

/** Account flows that need no session: EMnify activation, the Amadis user API. */
export function accountFlowMessages({ vault, servers }: Pick<ServerDeps, 'vault' | 'servers'>) {
  return {
    // Account flows that need no session.
    'account.activate': pageMessage({
      request: z.strictObject({ profileId, activationKey: text(1024), password: serverPassword }),
      async handle({ profileId, ...request }) {
        await activateEmnifyAccount(await servers.getProfile(profileId), request);
        return {};
      },
    }),
    'account.resendActivation': pageMessage({
      request: z.strictObject({ profileId, username: email, recaptchaToken: text(4096) }),
      async handle({ profileId, ...request }) {
        await resendEmnifyActivation(await servers.getProfile(profileId), request);
        return {};
      },
    }),
    /** Amadis: the returned secret becomes a vault account with codes. */
    'amadis.register': pageMessage({
      request: z.strictObject({ profileId, name: text(256), email, password: serverPassword }),
      async handle({ profileId, ...request }) {
        return toAccountSummary(await registerAmadisUser(await servers.getProfile(profileId), vault, request));
      },
    }),
    'amadis.changePassword': pageMessage({
      request: z.strictObject({
        profileId,
        email,
        oldPassword: serverPassword,
        newPassword: serverPassword,
      }),
      async handle({ profileId, email, oldPassword, newPassword }) {
        const client = await amadisClientFor(await servers.getProfile(profileId), vault);
        await client.changePassword({ email: email.trim(), oldPassword, newPassword });
        return {};
      },
    }),
    /** The password the server generated, shown once. */
    'amadis.resetPassword': pageMessage({
      request: z.strictObject({ profileId, email }),
      async handle({ profileId, email }) {
        const client = await amadisClientFor(await servers.getProfile(profileId), vault);
        // The one reply that carries a server password: the popup shows it once, to be changed.
        return { password: await client.resetPassword({ email: email.trim() }) };
      },
    }),
  };
}
