// EMnify account calls against the real sandbox (docs/api-contract.md §1.5): activation with the e-mailed
// key, the activation resend with its reCAPTCHA token, and the password change, after which the
// old session is dead and only the new password logs in.
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, SessionExpiredError, WrongOldPasswordError } from '../../../../lib/api';
import { expectKind, newEmnifyClient, present, signIn } from './emnify-harness';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { addSandboxUser, resetSandbox, useSandbox, type SandboxUser } from './sandbox-harness';
import { pinServerClock, type ServerClock } from './server-clock';

const sandbox = useSandbox();
const watch = createSecretWatch();
let clock: ServerClock;

const NEW_USER = { email: 'new.user@contract.test', password: 'placeholder-Pass-0a1b', activated: false };
const CHOSEN_PASSWORD = 'chosen-First-pass-5c2e';
const USER = { email: 'account.user@contract.test', password: 'account-Old-pass-9d4f' };
const NEW_PASSWORD = 'account-New-pass-e713';
const WRONG_PASSWORD = 'account-Wrong-pass-42aa';
const RECAPTCHA_OK = 'sandbox-recaptcha-ok';
/** The sandbox's default minimum between two resends for one user. */
const RESEND_SECONDS = 60;
for (const password of [NEW_USER.password, CHOSEN_PASSWORD, USER.password, NEW_PASSWORD, WRONG_PASSWORD]) {
  watch.keepPassword(password);
}

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  clock = await pinServerClock(sandbox.url);
});

async function pendingUser(): Promise<SandboxUser & { activationKey: string }> {
  const user = await addSandboxUser(sandbox.url, NEW_USER);
  const activationKey = present(user.activationKey, 'activationKey');
  watch.keep(activationKey);
  return { ...user, activationKey };
}

function login(email: string, password: string) {
  return newEmnifyClient(sandbox.url).client.loginWithPassword({ username: email, password });
}

describe('account activation', () => {
  it('sets the first password with the e-mailed key; login works only afterwards', async () => {
    const user = await pendingUser();
    expect((await watch.rejection(login(user.email, CHOSEN_PASSWORD), ApiError)).status).toBe(401);
    const { client } = newEmnifyClient(sandbox.url);
    await client.activateAccount({ activationKey: user.activationKey, password: CHOSEN_PASSWORD });
    const result = expectKind(await login(user.email, CHOSEN_PASSWORD), 'tokens');
    watch.keep(result.authToken, result.refreshToken);
  });

  it('a bad key, or a key already used, is a 400', async () => {
    const user = await pendingUser();
    const { client } = newEmnifyClient(sandbox.url);
    const bad = await watch.rejection(
      client.activateAccount({ activationKey: 'no-such-activation-key-31f0', password: CHOSEN_PASSWORD }),
      ApiError,
    );
    expect(bad).toMatchObject({ status: 400, method: 'POST', path: '/api/v1/user/activation' });
    await client.activateAccount({ activationKey: user.activationKey, password: CHOSEN_PASSWORD });
    const reused = await watch.rejection(
      client.activateAccount({ activationKey: user.activationKey, password: NEW_PASSWORD }),
      ApiError,
    );
    expect(reused.status).toBe(400);
    // The reuse changed nothing.
    expectKind(await login(user.email, CHOSEN_PASSWORD), 'tokens');
  });
});

describe('activation resend', () => {
  it('accepts the sandbox reCAPTCHA token; a second resend within a minute is a 429', async () => {
    const user = await pendingUser();
    const { client } = newEmnifyClient(sandbox.url);
    await client.resendActivation({ username: user.email, recaptchaToken: RECAPTCHA_OK });
    const tooSoon = await watch.rejection(
      client.resendActivation({ username: user.email, recaptchaToken: RECAPTCHA_OK }),
      ApiError,
    );
    expect(tooSoon).toMatchObject({ status: 429, errorCode: 1105 });
    await clock.advance(RESEND_SECONDS + 30);
    await client.resendActivation({ username: user.email, recaptchaToken: RECAPTCHA_OK });
  });

  it('a bad reCAPTCHA token is an ApiError naming the field', async () => {
    const user = await pendingUser();
    const { client } = newEmnifyClient(sandbox.url);
    const error = await watch.rejection(
      client.resendActivation({ username: user.email, recaptchaToken: 'not-a-recaptcha-answer' }),
      ApiError,
    );
    expect(error).toMatchObject({ status: 422, errorCode: 1400, path: '/api/v1/user/activation_resend' });
    expect(error.errors).toEqual([
      expect.objectContaining({ errorCode: 1403, message: expect.stringContaining('g-recaptcha-response') }),
    ]);
  });
});

describe('password change', () => {
  it('drops the session; the old tokens are refused by the server; only the new password logs in', async () => {
    const user = await addSandboxUser(sandbox.url, USER);
    const harness = newEmnifyClient(sandbox.url);
    const oldTokens = await signIn(harness, user, watch);

    await harness.client.changePassword({ oldPassword: USER.password, newPassword: NEW_PASSWORD });

    // The client forgets its tokens itself (§1.5 "drops its auth token")…
    expect(await harness.tokens.get()).toBeUndefined();
    await watch.rejection(harness.client.getUser(user.id), SessionExpiredError);
    // …and the server refuses them too: neither the auth token nor the refresh token still work.
    const replayed = newEmnifyClient(sandbox.url, { initialTokens: oldTokens });
    const expired = await watch.rejection(replayed.client.getUser(user.id), SessionExpiredError);
    expect(expired.cause).toMatchObject({ status: 401, path: '/api/v1/authenticate' });
    expect(await replayed.tokens.get()).toBeUndefined();

    expect((await watch.rejection(login(USER.email, USER.password), ApiError)).status).toBe(401);
    const fresh = expectKind(await login(USER.email, NEW_PASSWORD), 'tokens');
    watch.keep(fresh.authToken, fresh.refreshToken);
  });

  it('a wrong old password is a WrongOldPasswordError; nothing changes and the session lives on', async () => {
    const user = await addSandboxUser(sandbox.url, USER);
    const harness = newEmnifyClient(sandbox.url);
    await signIn(harness, user, watch);

    const error = await watch.rejection(
      harness.client.changePassword({ oldPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD }),
      WrongOldPasswordError,
    );

    expect(error.cause).toBeInstanceOf(ApiError);
    expect(error.cause).toMatchObject({ status: 422, errorCode: 1002, errorToken: 'Failed' });
    expect((await harness.client.getUser(user.id)).id).toBe(user.id);
    expectKind(await login(USER.email, USER.password), 'tokens');
  });
});

itKeepsSecretsOutOfErrors(watch);
