// Server profiles: the built-in ones live in code, the ones the user added (and which profile is
// selected) in storage.local. Nothing secret is kept here: an Amadis profile's OAuth client is a
// vault record, and this list only says that one exists. Disk is input: every entry read back is
// checked, and one damaged entry is dropped without losing the others.
import { EMNIFY_DEFAULT_BASE_URL } from '../../api';
import { isPlainHttpAllowed, normaliseBaseUrl } from '../../api/base-url';
import { WITH_LOCAL_SANDBOX } from '../../store-build';
import type { ProfilesView, ServerProfile } from '../server-views';
import { readStored, writeStored } from '../../storage/stored-io';
import { defineStoredItem } from '../../storage/stored-item';
import * as z from '../../zod';
import { UnknownProfileError } from '../errors';

/** The address `npm start` and the demo give the local sandbox API. */
const SANDBOX_BASE_URL = 'http://127.0.0.1:8787';

const LOCAL_SANDBOX_PROFILES: readonly ServerProfile[] = [
  { id: 'sandbox', kind: 'emnify', name: 'Local sandbox', baseUrl: SANDBOX_BASE_URL, builtIn: true },
  { id: 'sandbox-amadis', kind: 'amadis', name: 'Local sandbox (Amadis)', baseUrl: SANDBOX_BASE_URL, builtIn: true },
];

/**
 * A store build has no sandbox profiles (their code is not even in it). What a development build
 * left behind that names one (the preselected server, the last login, a session, an account or a
 * trusted device tied to it, a custom profile on http://localhost) reads as a server that is not in
 * the list any more: the state every flow already handles for a removed profile.
 */
export const BUILT_IN_PROFILES: readonly ServerProfile[] = [
  { id: 'emnify', kind: 'emnify', name: 'EMnify', baseUrl: EMNIFY_DEFAULT_BASE_URL, builtIn: true },
  ...(WITH_LOCAL_SANDBOX ? LOCAL_SANDBOX_PROFILES : []),
];

/** The custom profiles and the selected id, as kept in storage.local. */
export type ProfilesState = { custom: ServerProfile[]; selectedId?: string };

function isNormalisedBaseUrl(value: string): boolean {
  try {
    return normaliseBaseUrl(value) === value;
  } catch {
    return false;
  }
}

/**
 * The activation page is opened in a tab, never fetched: any https:// page will do (a query
 * string included), or http:// on this computer for the sandbox where the build talks to it.
 */
export function isActivationPageUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isPlainHttpAllowed(url.hostname));
    return secure && url.username === '' && url.password === '' && value.length <= 2048;
  } catch {
    return false;
  }
}

/** The longest profile name kept (the form's limit too). */
export const PROFILE_NAME_MAX_LENGTH = 100;

const customProfileSchema = z.lazy(() => z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: z.enum(['emnify', 'amadis']),
  name: z.string().check(z.minLength(1), z.maxLength(PROFILE_NAME_MAX_LENGTH)),
  baseUrl: z.string().check(z.refine(isNormalisedBaseUrl)),
  resendActivationUrl: z.optional(z.string().check(z.refine(isActivationPageUrl))),
  hasClientCredentials: z.optional(z.boolean()),
}));

const stateSchema = z.lazy(() => z.object({
  custom: z.catch(z.array(z.unknown()), []),
  selectedId: z.catch(z.optional(z.string()), undefined),
}));

/** Each custom entry is checked on its own when read: one damaged entry does not lose the others. */
export const serverProfilesItem = defineStoredItem({
  area: 'local',
  key: 'serverProfiles',
  parser: stateSchema,
  fallback: undefined,
  version: 1,
});

const builtInIds = new Set(BUILT_IN_PROFILES.map((profile) => profile.id));

export async function readProfilesState(): Promise<ProfilesState> {
  const stored = await readStored(serverProfilesItem);
  if (!stored) return { custom: [] };
  const custom: ServerProfile[] = [];
  for (const entry of stored.custom) {
    const profile = customProfileSchema.safeParse(entry);
    if (!profile.success) continue;
    const { id } = profile.data;
    if (builtInIds.has(id) || custom.some((known) => known.id === id)) continue;
    custom.push({ ...profile.data, builtIn: false });
  }
  return { custom, selectedId: stored.selectedId };
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the stored state, one at a time: two adds sent together must not both
 * start from the same list and lose one of them.
 */
export function updateProfilesState<T>(change: (state: ProfilesState) => Promise<{ next: ProfilesState; result: T }>): Promise<T> {
  const run = writes.then(async () => {
    const { next, result } = await change(await readProfilesState());
    // Absent optional fields are left out rather than stored as undefined.
    const custom = next.custom.map(({ builtIn: _builtIn, ...stored }) =>
      Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined)),
    );
    await writeStored(serverProfilesItem, { custom, selectedId: next.selectedId });
    return result;
  });
  writes = run.catch(() => undefined);
  return run;
}

export async function listProfiles(): Promise<ServerProfile[]> {
  return [...BUILT_IN_PROFILES, ...(await readProfilesState()).custom];
}

/** UnknownProfileError when there is no such profile. */
export async function getProfile(id: string): Promise<ServerProfile> {
  const profile = (await listProfiles()).find((candidate) => candidate.id === id);
  if (!profile) throw new UnknownProfileError();
  return profile;
}

/** The list with the profile to preselect: the selected one while it exists, else the first built-in. */
export function toProfilesView(state: ProfilesState): ProfilesView {
  const profiles = [...BUILT_IN_PROFILES, ...state.custom];
  const selected = profiles.find((profile) => profile.id === state.selectedId) ?? BUILT_IN_PROFILES[0];
  return { profiles, selectedId: selected?.id ?? '' };
}

export async function profilesView(): Promise<ProfilesView> {
  return toProfilesView(await readProfilesState());
}

/** Remembers the profile to preselect next time; UnknownProfileError when there is none. */
export async function selectProfile(id: string): Promise<ProfilesView> {
  await getProfile(id);
  return updateProfilesState(async (state) => {
    const next = { ...state, selectedId: id };
    return { next, result: toProfilesView(next) };
  });
}
