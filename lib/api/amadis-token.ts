// The optional bearer token of an Amadis profile: either configured as is, or fetched with the
// OAuth client-credentials grant and cached until shortly before `expires_in` runs out.
// @see RFC 6749 §4.4 (client credentials), docs/api-contract.md §2
import { oauthTokenSchema } from './amadis-schemas';
import type { HttpClient } from './http';

export type AmadisClientCredentials = { clientId: string; clientSecret: string; terminalId?: string };

// Renew a little early, so a token does not expire between our check and the server's.
const EXPIRY_MARGIN_MS = 30_000;

export type AmadisTokenSource = {
  /** The bearer to send, or undefined when the profile has none. */
  get(): Promise<string | undefined>;
  /**
   * Forgets a fetched token the server refused, so the next call fetches a new one. A token
   * request still under way is forgotten too: it is neither cached nor shared with later calls.
   */
  forget(): void;
};

export function createAmadisTokenSource(
  http: HttpClient,
  options: { accessToken?: string; clientCredentials?: AmadisClientCredentials; now?: () => number },
): AmadisTokenSource {
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  let fetching: Promise<string> | undefined;
  // Bumped by forget(): a fetch started before it must not cache its token after it.
  let epoch = 0;

  async function fetchToken(credentials: AmadisClientCredentials): Promise<string> {
    const startedIn = epoch;
    const answer = await http.request({
      method: 'POST',
      path: '/oauth/token',
      form: {
        grant_type: 'client_credentials',
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        terminalid: credentials.terminalId,
      },
      schema: oauthTokenSchema,
    });
    // Without expires_in the token is used once and not cached.
    if (answer.expiresInSeconds !== undefined && startedIn === epoch) {
      cached = {
        token: answer.accessToken,
        expiresAt: now() + answer.expiresInSeconds * 1000 - EXPIRY_MARGIN_MS,
      };
    }
    return answer.accessToken;
  }

  async function get(): Promise<string | undefined> {
    if (options.accessToken) return options.accessToken;
    const credentials = options.clientCredentials;
    if (!credentials) return undefined;
    if (cached && now() < cached.expiresAt) return cached.token;
    if (fetching) return fetching;
    // Single flight: calls made together share one token request.
    const flight: Promise<string> = fetchToken(credentials).finally(() => {
      if (fetching === flight) fetching = undefined;
    });
    fetching = flight;
    return flight;
  }

  function forget(): void {
    epoch += 1;
    cached = undefined;
    fetching = undefined;
  }

  return { get, forget };
}
