import { pageMessage } from '../../messaging/page-message';
import { empty, text, profileId, url } from '../../messaging/request-fields';
import * as z from '../../zod';
import { addProfile, removeProfile } from './profile-changes';
import { profilesView, selectProfile } from './profiles';
import type { ServerDeps } from '../server-deps';

/** Server profiles: built-in ones and the ones the user added. @see profiles.ts */
export function profileMessages({ vault }: Pick<ServerDeps, 'vault'>) {
  return {
    // Server profiles. The popup asks for a custom host's permission before sending profiles.add.
    'profiles.list': pageMessage({ request: empty, passive: true, handle: () => profilesView() }),
    'profiles.add': pageMessage({ request: z.strictObject({
    kind: z.enum(['emnify', 'amadis']),
    name: text(100),
    baseUrl: url,
    resendActivationUrl: z.optional(url),
    clientId: z.optional(text(512)),
    clientSecret: z.optional(text(1024)),
  }), handle: (input) => addProfile(input, vault) }),
    'profiles.remove': pageMessage({ request: z.strictObject({ id: profileId }), handle: ({ id }) => removeProfile(id, vault) }),
    'profiles.select': pageMessage({ request: z.strictObject({ id: profileId }), handle: ({ id }) => selectProfile(id) }),
  };
}
