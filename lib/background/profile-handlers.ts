import type { Handlers } from '../messaging/router';
import { addProfile, removeProfile } from '../server/profile-changes';
import { profilesView, selectProfile } from '../server/profiles';
import type { BackgroundDeps } from './deps';

type ProfileHandlers = Pick<Handlers, 'profiles.list' | 'profiles.add' | 'profiles.remove' | 'profiles.select'>;

/** Server profiles: built-in ones and the ones the user added. @see lib/session/profiles.ts */
export function profileHandlers({ vault }: BackgroundDeps): ProfileHandlers {
  return {
    'profiles.list': { from: 'extension-page', handle: () => profilesView() },
    'profiles.add': { from: 'extension-page', handle: (input) => addProfile(input, vault) },
    'profiles.remove': { from: 'extension-page', handle: ({ id }) => removeProfile(id, vault) },
    'profiles.select': { from: 'extension-page', handle: ({ id }) => selectProfile(id) },
  };
}
