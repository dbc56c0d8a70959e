// Amadis clients wired to the sandbox. Amadis passwords travel in clear (form fields), so each
// one goes into the watch as it is.
import { createAmadisClient, type AmadisClient, type AmadisClientOptions } from '../../../../lib/api';
import { recordingFetch, type RecordedExchange } from './recording-fetch';
import type { SecretWatch } from './secret-watch';

export type AmadisHarness = { client: AmadisClient; exchanges: RecordedExchange[] };

/** A client whose requests are recorded (statuses, token requests, raw answers). */
export function newAmadisClient(url: string, options: Partial<AmadisClientOptions> = {}): AmadisHarness {
  const recorder = recordingFetch();
  const client = createAmadisClient({ baseUrl: url, fetch: recorder.fetch, ...options });
  return { client, exchanges: recorder.exchanges };
}

export type AmadisPerson = { name: string; email: string; password: string };

/** Registers `person` and keeps its password and seed (both encodings) in the watch. */
export async function registerPerson(harness: AmadisHarness, person: AmadisPerson, watch: SecretWatch) {
  watch.keep(person.password);
  const registration = await harness.client.register(person);
  watch.keep(Buffer.from(registration.secret).toString('base64'));
  return registration;
}

/** How many `POST /oauth/token` requests the client made. */
export function tokenRequests(harness: AmadisHarness): number {
  return harness.exchanges.filter((entry) => entry.path === '/oauth/token').length;
}

/** Every access token the sandbox handed this client, for the watch. */
export function issuedAccessTokens(harness: AmadisHarness): string[] {
  return harness.exchanges
    .filter((entry) => entry.path === '/oauth/token' && entry.status === 200)
    .map((entry) => (JSON.parse(entry.responseText) as { access_token: string }).access_token);
}
