// One EMnify client per profile for the life of the service worker. The client is what makes
// concurrent calls that meet a 401 share ONE refresh, so every flow of a profile must go through
// the same instance. Its tokens are in the session machine's record, written only through its
// transitions (session-token-store.ts): after a worker restart the map starts empty and the next
// client picks the session up from there.
// @see lib/api/emnify-session.ts (single-flight refresh), lib/api/emnify-tokens.ts (epochs)
import { createEmnifyClient, type EmnifyClient } from '../api';
import type { ServerProfile } from './server-views';
import { WrongServerKindError } from './errors';
import { hasHostAccess } from './host-access';
import { sessionTokenStore } from './session/session-token-store';

const clients = new Map<string, { baseUrl: string; client: EmnifyClient }>();

/** The client of an EMnify profile (WrongServerKindError for any other kind). */
export function emnifyClientFor(profile: ServerProfile): EmnifyClient {
  if (profile.kind !== 'emnify') throw new WrongServerKindError('emnify');
  const known = clients.get(profile.id);
  if (known && known.baseUrl === profile.baseUrl) return known.client;
  const client = createEmnifyClient({
    baseUrl: profile.baseUrl,
    tokens: sessionTokenStore(profile.id),
    hasHostAccess,
  });
  clients.set(profile.id, { baseUrl: profile.baseUrl, client });
  return client;
}

/** Forgets a removed profile's client; a later profile with the same id starts afresh. */
export function forgetEmnifyClient(profileId: string): void {
  clients.delete(profileId);
}
