// EMnify login against the real sandbox (docs/api-contract.md §1.1, §1.2, §4): wrong password, the
// 3-strike lockout, the MFA step with its ±1-step window and replay rule, application tokens.
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, genericStatusMessage } from '../../../../lib/api';
import { expectKind, newEmnifyClient, signIn, signInWithMfa, startMfaLogin } from './emnify-harness';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { addApplicationToken, addMfaUser, addSandboxUser, resetSandbox, useSandbox, type SandboxUser } from './sandbox-harness';
import { pinServerClock, type ServerClock } from './server-clock';
import { totpCode, wrongCode } from './totp-codes';

const sandbox = useSandbox();
const watch = createSecretWatch();
let clock: ServerClock;

const PLAIN = { email: 'plain.login@contract.test', password: 'plain-Login-pass-41b7' };
const MFA = { email: 'mfa.login@contract.test', password: 'mfa-Login-pass-93c2' };
const WRONG_PASSWORD = 'not-the-Password-5e1d';
const LOCK_SECONDS = 5 * 60;
/** The sandbox's default mfa_token lifetime (the contract only says "assume minutes"). */
const MFA_TOKEN_SECONDS = 5 * 60;
watch.keepPassword(PLAIN.password);
watch.keepPassword(MFA.password);
watch.keepPassword(WRONG_PASSWORD);

async function plainUser(): Promise<SandboxUser> {
  return addSandboxUser(sandbox.url, PLAIN);
}

async function mfaUser(): Promise<SandboxUser & { mfaSecret: string }> {
  const user = await addMfaUser(sandbox.url, MFA);
  watch.keep(user.mfaSecret);
  return user;
}

/** The plain 401 of a refused login: no body at all, so nothing but the status (§1.1). */
function expectEmpty401(error: ApiError): void {
  expect(error).toMatchObject({ status: 401, errors: [], method: 'POST', path: '/api/v1/authenticate' });
  expect(error.errorCode).toBeUndefined();
  expect(error.errorToken).toBeUndefined();
  expect(error.serverMessage).toBeUndefined();
  expect(error.message).toBe(genericStatusMessage(401));
}

/** The one 401 with a body: the account is locked (§1.1). */
function expectLocked(error: ApiError): void {
  expect(error).toMatchObject({ status: 401, errorCode: 1105, errorToken: 'TooManyRequests' });
  expect(error.serverMessage).toMatch(/locked/i);
  // The server's sentence is what the user sees.
  expect(error.message).toBe(error.serverMessage);
}

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  clock = await pinServerClock(sandbox.url);
});

describe('password login (flow 1)', () => {
  it('logs a user without MFA straight in and stores auth and refresh token', async () => {
    const user = await plainUser();
    const harness = newEmnifyClient(sandbox.url);
    const tokens = await signIn(harness, user, watch);
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect((await harness.client.getUser(user.email)).id).toBe(user.id);
  });

  it('a wrong password is ApiError 401 with an empty body (errors []), and stores nothing', async () => {
    const user = await plainUser();
    const { client, tokens } = newEmnifyClient(sandbox.url);
    const error = await watch.rejection(
      client.loginWithPassword({ username: user.email, password: WRONG_PASSWORD }),
      ApiError,
    );
    expectEmpty401(error);
    expect(await tokens.get()).toBeUndefined();
  });

  it('an unknown user gets the same empty 401 (no account probing)', async () => {
    const { client } = newEmnifyClient(sandbox.url);
    const error = await watch.rejection(
      client.loginWithPassword({ username: 'nobody@contract.test', password: WRONG_PASSWORD }),
      ApiError,
    );
    expectEmpty401(error);
  });
});

describe('lockout after 3 failures (§1.1)', () => {
  async function failThreeTimes(user: SandboxUser): Promise<void> {
    const { client } = newEmnifyClient(sandbox.url);
    for (let attempt = 1; attempt <= 3; attempt++) {
      // The 3rd failure itself still gets the plain 401; it starts the lock.
      expectEmpty401(
        await watch.rejection(client.loginWithPassword({ username: user.email, password: WRONG_PASSWORD }), ApiError),
      );
    }
  }

  it('then even the right password gets the TooManyRequests 401', async () => {
    const user = await plainUser();
    await failThreeTimes(user);
    const { client, tokens } = newEmnifyClient(sandbox.url);
    const error = await watch.rejection(
      client.loginWithPassword({ username: user.email, password: user.password }),
      ApiError,
    );
    expectLocked(error);
    expect(await tokens.get()).toBeUndefined();
  });

  it('the lock holds until 5 minutes have passed: locked 30 s before, open 30 s after', async () => {
    const user = await plainUser();
    await failThreeTimes(user);
    const harness = newEmnifyClient(sandbox.url);
    // 30 s either side of the lock's end, so a slow machine between the failures and here cannot flip it.
    await clock.advance(LOCK_SECONDS - 30);
    expectLocked(
      await watch.rejection(
        harness.client.loginWithPassword({ username: user.email, password: user.password }),
        ApiError,
      ),
    );
    await clock.advance(60);
    await signIn(harness, user, watch);
  });

  it('3 wrong MFA codes lock the account too', async () => {
    const user = await mfaUser();
    const harness = newEmnifyClient(sandbox.url);
    const mfaToken = await startMfaLogin(harness, user, watch);
    const wrong = await wrongCode(user.mfaSecret, await clock.now());
    for (let attempt = 1; attempt <= 3; attempt++) {
      // A wrong code leaves the mfa_token usable (the person may retype), so it is reused.
      expectEmpty401(await watch.rejection(harness.client.completeMfaLogin({ mfaToken, code: wrong }), ApiError));
    }
    const right = await totpCode(user.mfaSecret, await clock.now());
    expectLocked(await watch.rejection(harness.client.completeMfaLogin({ mfaToken, code: right }), ApiError));
    expectLocked(
      await watch.rejection(
        harness.client.loginWithPassword({ username: user.email, password: user.password }),
        ApiError,
      ),
    );
  });
});

describe('MFA login (flows 1 + 2)', () => {
  it('asks for the code, then gives both tokens for the current one', async () => {
    const user = await mfaUser();
    const harness = newEmnifyClient(sandbox.url);
    const tokens = await signInWithMfa(harness, user, clock, watch);
    expect(tokens).toEqual({ authToken: expect.any(String), refreshToken: expect.any(String) });
    expect((await harness.client.getUser(user.email)).mfaKeys).toHaveLength(1);
  });

  it('accepts the previous and the next step, refuses two steps away (RFC 6238 window)', async () => {
    const user = await mfaUser();
    const harness = newEmnifyClient(sandbox.url);
    const now = await clock.now();
    const mfaToken = await startMfaLogin(harness, user, watch);
    for (const steps of [-2, 2]) {
      const code = await totpCode(user.mfaSecret, now, steps);
      expectEmpty401(await watch.rejection(harness.client.completeMfaLogin({ mfaToken, code }), ApiError));
    }
    // Earlier step first: the server refuses any step at or below the last one it accepted.
    const previous = await totpCode(user.mfaSecret, now, -1);
    expectKind(await harness.client.completeMfaLogin({ mfaToken, code: previous }), 'tokens');
    await signInWithMfa(newEmnifyClient(sandbox.url), user, clock, watch, { steps: 1 });
  });

  it('refuses a replayed code, even with a fresh mfa_token', async () => {
    const user = await mfaUser();
    const code = await totpCode(user.mfaSecret, await clock.now());
    const first = newEmnifyClient(sandbox.url);
    const firstToken = await startMfaLogin(first, user, watch);
    expectKind(await first.client.completeMfaLogin({ mfaToken: firstToken, code }), 'tokens');
    const second = newEmnifyClient(sandbox.url);
    const secondToken = await startMfaLogin(second, user, watch);
    expectEmpty401(await watch.rejection(second.client.completeMfaLogin({ mfaToken: secondToken, code }), ApiError));
    expect(await second.tokens.get()).toBeUndefined();
  });

  it('a used mfa_token is gone: step 2 again is a 401', async () => {
    const user = await mfaUser();
    const harness = newEmnifyClient(sandbox.url);
    const mfaToken = await startMfaLogin(harness, user, watch);
    const now = await clock.now();
    expectKind(await harness.client.completeMfaLogin({ mfaToken, code: await totpCode(user.mfaSecret, now) }), 'tokens');
    const next = await totpCode(user.mfaSecret, now, 1);
    expectEmpty401(await watch.rejection(harness.client.completeMfaLogin({ mfaToken, code: next }), ApiError));
  });

  it('an mfa_token older than its lifetime is an empty 401: the login must restart (§1.2)', async () => {
    const user = await mfaUser();
    const harness = newEmnifyClient(sandbox.url);
    const mfaToken = await startMfaLogin(harness, user, watch);
    await clock.advance(MFA_TOKEN_SECONDS + 30);
    const code = await totpCode(user.mfaSecret, await clock.now());
    expectEmpty401(await watch.rejection(harness.client.completeMfaLogin({ mfaToken, code }), ApiError));
    // A fresh start works with the same (unused) code.
    const restarted = await startMfaLogin(harness, user, watch);
    expectKind(await harness.client.completeMfaLogin({ mfaToken: restarted, code }), 'tokens');
    watch.keepTokens(await harness.tokens.get());
  });
});

describe('application token (flow 5)', () => {
  it('logs in with an auth token only (no refresh token); authenticated calls work', async () => {
    const { applicationToken, email, id } = sandbox.demo.plainUser;
    watch.keep(applicationToken);
    const { client, tokens } = newEmnifyClient(sandbox.url);
    const result = await client.loginWithApplicationToken(applicationToken);
    expect(result).toEqual({ kind: 'tokens', authToken: expect.any(String) });
    expect(result.refreshToken).toBeUndefined();
    watch.keepTokens(await tokens.get());
    expect(await tokens.get()).toEqual({ authToken: result.authToken });
    expect((await client.getUser(email)).id).toBe(id);
  });

  it('works for a token issued to another user, and an unknown token is an empty 401', async () => {
    const user = await plainUser();
    const token = await addApplicationToken(sandbox.url, user.email);
    watch.keep(token);
    const { client, tokens } = newEmnifyClient(sandbox.url);
    await client.loginWithApplicationToken(token);
    watch.keepTokens(await tokens.get());
    expect((await client.getUser(user.id)).username).toBe(user.email);
    const bogus = 'unknown-application-token-7e0b2c';
    expectEmpty401(await watch.rejection(newEmnifyClient(sandbox.url).client.loginWithApplicationToken(bogus), ApiError));
  });
});

itKeepsSecretsOutOfErrors(watch);
