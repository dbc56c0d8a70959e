// Adding and removing server profiles. A profile is only added once the browser lets the
// extension reach its host (the popup asks first: an optional host permission), and an Amadis
// OAuth client goes into the vault as a record, never into storage.local with the profile.
import { normaliseBaseUrl } from '../../api/base-url';
import type { VaultPort } from '../../vault/vault-port';
import type { NewProfileInput, ProfilesView, ServerProfile } from '../server-views';
import type { ProfileCredentialsRecord } from '../../vault/record-types';
import { forgetEmnifyClient } from '../emnify-clients';
import { endServerSessionOn } from '../session/end-session';
import {
  BadActivationPageError,
  BuiltInProfileError,
  ClientCredentialsError,
  DuplicateProfileError,
  HostPermissionMissingError,
} from './profile-errors';
import { hasHostAccess } from '../host-access';
import {
  getProfile,
  isActivationPageUrl,
  PROFILE_NAME_MAX_LENGTH,
  toProfilesView,
  updateProfilesState,
} from './profiles';

/** The vault's limit for a client id (lib/vault/record-schemas.ts). */
const MAX_CLIENT_ID_LENGTH = 256;

/** The OAuth client of the input, both halves or none (empty counts as none). */
function readClientCredentials(input: NewProfileInput): { clientId: string; clientSecret: string } | undefined {
  const clientId = input.clientId?.trim() ?? '';
  const clientSecret = input.clientSecret ?? '';
  if (clientId === '' && clientSecret === '') return undefined;
  if (clientId === '' || clientSecret === '') throw new ClientCredentialsError('incomplete');
  if (input.kind !== 'amadis') throw new ClientCredentialsError('not-amadis');
  if (clientId.length > MAX_CLIENT_ID_LENGTH) throw new ClientCredentialsError('too-long');
  return { clientId, clientSecret };
}

function readActivationPage(input: NewProfileInput): string | undefined {
  const page = input.resendActivationUrl?.trim() ?? '';
  // The page belongs to EMnify's activation flow; an Amadis profile has no use for one.
  if (page === '' || input.kind !== 'emnify') return undefined;
  if (!isActivationPageUrl(page)) throw new BadActivationPageError();
  return page;
}


export async function addProfile(input: NewProfileInput, vault: VaultPort): Promise<ProfilesView> {
  const baseUrl = normaliseBaseUrl(input.baseUrl);
  const credentials = readClientCredentials(input);
  const resendActivationUrl = readActivationPage(input);
  const host = new URL(baseUrl).host;
  if (!(await hasHostAccess(baseUrl))) throw new HostPermissionMissingError(host);

  const profile: ServerProfile = {
    id: crypto.randomUUID(),
    kind: input.kind,
    // A host name can be longer than a stored name may be: the list would drop the profile on reading it.
    name: (input.name.trim() || host).slice(0, PROFILE_NAME_MAX_LENGTH),
    baseUrl,
    builtIn: false,
    ...(resendActivationUrl === undefined ? {} : { resendActivationUrl }),
    ...(credentials === undefined ? {} : { hasClientCredentials: true }),
  };
  return updateProfilesState(async (state) => {
    const known = toProfilesView(state).profiles;
    if (known.some((other) => other.kind === profile.kind && other.baseUrl === profile.baseUrl)) {
      throw new DuplicateProfileError();
    }
    // Into the vault before the profile is listed: a profile that says it has a client always has
    // one (VaultLockedError here leaves nothing behind).
    if (credentials) {
      const record: ProfileCredentialsRecord = {
        id: crypto.randomUUID(),
        kind: 'profile-credentials',
        profileId: profile.id,
        ...credentials,
      };
      await vault.putRecord(record);
    }
    const next = { custom: [...state.custom, profile], selectedId: profile.id };
    return { next, result: toProfilesView(next) };
  });
}

/**
 * Removes a profile the user added, its secrets (OAuth client, trusted-device fingerprints) from the
 * vault, and the session on it. The vault must be unlocked, so that no secret is left behind.
 */
export async function removeProfile(id: string, vault: VaultPort): Promise<ProfilesView> {
  const profile = await getProfile(id);
  if (profile.builtIn) throw new BuiltInProfileError();
  const records = await vault.listRecords();
  for (const record of records.filter((candidate) => candidate.profileId === id)) {
    await vault.deleteRecord(record.id);
  }
  await endServerSessionOn(id);
  forgetEmnifyClient(id);
  return updateProfilesState(async (state) => {
    const next = { ...state, custom: state.custom.filter((other) => other.id !== id) };
    return { next, result: toProfilesView(next) };
  });
}
