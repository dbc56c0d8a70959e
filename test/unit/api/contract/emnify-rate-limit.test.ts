// The authenticate rate limit against the real sandbox (docs/api-contract.md §1.1: 429 TooManyRequests).
// The limit is lowered for this file's sandbox so the test needs a handful of requests, not 100.
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../lib/api';
import { newEmnifyClient, signIn } from './emnify-harness';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { addSandboxUser, resetSandbox, useSandbox, type SandboxUser } from './sandbox-harness';
import { pinServerClock, type ServerClock } from './server-clock';

const AUTHENTICATE_LIMIT = 3;
/** The contract's window: 5 minutes, on the server clock (tests move 30 s past it, for slack). */
const WINDOW_SECONDS = 5 * 60;
/** Past the 240-minute auth token lifetime. */
const PAST_TOKEN_LIFETIME_SECONDS = 241 * 60;

const sandbox = useSandbox({ authenticateRateLimit: AUTHENTICATE_LIMIT });
const watch = createSecretWatch();
let clock: ServerClock;

const USER = { email: 'rate.limit@contract.test', password: 'rate-Limit-pass-6b3c' };
watch.keepPassword(USER.password);

let user: SandboxUser;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  clock = await pinServerClock(sandbox.url);
  user = await addSandboxUser(sandbox.url, USER);
});

/** Spends the whole authenticate budget of the window with successful logins. */
async function useUpAuthenticateBudget(): Promise<void> {
  for (let call = 0; call < AUTHENTICATE_LIMIT; call++) await signIn(newEmnifyClient(sandbox.url), user, watch);
}

function expectRateLimited(error: ApiError): void {
  expect(error).toMatchObject({ status: 429, errorCode: 1105, errorToken: 'TooManyRequests' });
  expect(error.message).toBe(error.serverMessage);
}

describe('authenticate rate limit', () => {
  it('answers 429 over the limit, even for the right password, until the window has passed', async () => {
    await useUpAuthenticateBudget();
    const harness = newEmnifyClient(sandbox.url);
    expectRateLimited(
      await watch.rejection(harness.client.loginWithPassword({ username: USER.email, password: USER.password }), ApiError),
    );
    expect(await harness.tokens.get()).toBeUndefined();
    await clock.advance(WINDOW_SECONDS + 30);
    await signIn(harness, user, watch);
  });

  it('a refresh that meets the 429 keeps the tokens (the refresh token may still be good)', async () => {
    const harness = newEmnifyClient(sandbox.url);
    const tokens = await signIn(harness, user, watch);
    // Expire the auth token (this also empties the window), then spend the budget elsewhere.
    await clock.advance(PAST_TOKEN_LIFETIME_SECONDS);
    await useUpAuthenticateBudget();

    expectRateLimited(await watch.rejection(harness.client.getUser(user.id), ApiError));
    expect(await harness.tokens.get()).toEqual(tokens);

    await clock.advance(WINDOW_SECONDS + 30);
    expect((await harness.client.getUser(user.id)).id).toBe(user.id);
    watch.keepTokens(await harness.tokens.get());
  });
});

itKeepsSecretsOutOfErrors(watch);
