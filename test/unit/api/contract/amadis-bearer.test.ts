// The optional Amadis bearer (docs/api-contract.md §2: "Calls may need Authorization: Bearer <access_token>
// from POST /oauth/token") against a sandbox that demands it (`amadisRequireBearer`).
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, genericStatusMessage, type AmadisClientCredentials } from '../../../../lib/api';
import { issuedAccessTokens, newAmadisClient, registerPerson, tokenRequests, type AmadisHarness } from './amadis-harness';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { resetSandbox, useSandbox } from './sandbox-harness';
import { pinServerClock, type ServerClock } from './server-clock';

const sandbox = useSandbox({ amadisRequireBearer: true });
const watch = createSecretWatch();
let clock: ServerClock;

const CARA = { name: 'Cara Bearer', email: 'cara@amadis.contract.test', password: 'bearer-Cara-pass-3e9a' };
const NEW_PASSWORD = 'bearer-New-pass-b62d';
const WRONG_SECRET = 'wrong-client-Secret-8c1f';
/** The sandbox's access tokens live one hour; two is safely past it. */
const PAST_ACCESS_TOKEN_SECONDS = 2 * 60 * 60;
const UNAUTHORIZED = 'Unauthorized: a valid access token is required.';
watch.keep(CARA.password, NEW_PASSWORD, WRONG_SECRET);

function demoCredentials(): AmadisClientCredentials {
  const { clientId, clientSecret } = sandbox.demo.amadisClient;
  watch.keep(clientSecret);
  return { clientId, clientSecret };
}

/** Keeps every access token a client was given, once the test is done with it. */
function keepIssuedTokens(harness: AmadisHarness): void {
  watch.keep(...issuedAccessTokens(harness));
}

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  clock = await pinServerClock(sandbox.url);
});

describe('client credentials', () => {
  it('fetches one token and uses it for every call', async () => {
    const harness = newAmadisClient(sandbox.url, { clientCredentials: demoCredentials() });
    await registerPerson(harness, CARA, watch);
    await harness.client.changePassword({ email: CARA.email, oldPassword: CARA.password, newPassword: NEW_PASSWORD });
    watch.keep(await harness.client.resetPassword({ email: CARA.email }));
    keepIssuedTokens(harness);
    // Cached for its expires_in: one token request for three calls.
    expect(tokenRequests(harness)).toBe(1);
    expect(harness.exchanges.map((entry) => entry.status)).toEqual([200, 201, 200, 200]);
  });

  it('a terminal id is accepted too', async () => {
    const harness = newAmadisClient(sandbox.url, { clientCredentials: { ...demoCredentials(), terminalId: 'T-0042' } });
    await registerPerson(harness, CARA, watch);
    keepIssuedTokens(harness);
  });

  it('wrong client credentials are an ApiError 401 of the token request, and nothing else is sent', async () => {
    const { clientId } = demoCredentials();
    for (const credentials of [
      { clientId, clientSecret: WRONG_SECRET },
      { clientId: 'no-such-client', clientSecret: WRONG_SECRET },
    ]) {
      const harness = newAmadisClient(sandbox.url, { clientCredentials: credentials });
      const error = await watch.rejection(harness.client.register(CARA), ApiError);
      expect(error).toMatchObject({ status: 401, method: 'POST', path: '/oauth/token' });
      // The OAuth error body (RFC 6749 §5.2 `error`, `error_description`) is not the EMnify or Amadis
      // shape, so the message is the generic 401 sentence; the path tells it was the token request.
      expect(error.message).toBe(genericStatusMessage(401));
      expect(harness.exchanges.map((entry) => entry.path)).toEqual(['/oauth/token']);
    }
  });

  it('an expired token is renewed in advance when the client shares the server clock', async () => {
    const harness = newAmadisClient(sandbox.url, {
      clientCredentials: demoCredentials(),
      now: () => clock.estimate(),
    });
    await registerPerson(harness, CARA, watch);
    await clock.advance(PAST_ACCESS_TOKEN_SECONDS);
    watch.keep(await harness.client.resetPassword({ email: CARA.email }));
    keepIssuedTokens(harness);
    expect(tokenRequests(harness)).toBe(2);
  });

  it('a token the server refuses is dropped: that call fails (no retry), the next one fetches anew', async () => {
    // Default `now` (real time): the client cannot know that the server clock moved.
    const harness = newAmadisClient(sandbox.url, { clientCredentials: demoCredentials() });
    await registerPerson(harness, CARA, watch);
    await clock.advance(PAST_ACCESS_TOKEN_SECONDS);
    const refused = await watch.rejection(harness.client.resetPassword({ email: CARA.email }), ApiError);
    expect(refused).toMatchObject({ status: 401, path: '/api/user/v1/resetpassword', serverMessage: UNAUTHORIZED });
    watch.keep(await harness.client.resetPassword({ email: CARA.email }));
    keepIssuedTokens(harness);
    expect(tokenRequests(harness)).toBe(2);
  });
});

describe('configured access token', () => {
  it('a token set on the profile is sent as is', async () => {
    const { clientId, clientSecret } = demoCredentials();
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
    const response = await fetch(`${sandbox.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const { access_token: accessToken } = (await response.json()) as { access_token: string };
    watch.keep(accessToken);
    const harness = newAmadisClient(sandbox.url, { accessToken });
    await registerPerson(harness, CARA, watch);
    expect(tokenRequests(harness)).toBe(0);
  });

  it('no token, or an unknown one, is a 401 with the server message', async () => {
    const bogus = 'not-an-access-token-0d7e4b';
    watch.keep(bogus);
    for (const options of [{}, { accessToken: bogus }]) {
      const harness = newAmadisClient(sandbox.url, options);
      const error = await watch.rejection(harness.client.register(CARA), ApiError);
      expect(error).toMatchObject({ status: 401, path: '/api/user/v1/register', serverMessage: UNAUTHORIZED });
    }
  });
});


itKeepsSecretsOutOfErrors(watch);
