// Activation, activation resend and password change (docs/api-contract.md §1.5).
import { beforeEach, describe, expect, test } from 'vitest';
import { sha1Hex } from '../../sandbox/hashing';
import { MID_STEP_MS, call, createUser, passwordLogin, resetSandbox, setServerTime } from './sandbox-client';
import { useSandbox } from './use-sandbox';

const sandbox = useSandbox();

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  await setServerTime(sandbox.url, MID_STEP_MS);
});

describe('POST /api/v1/user/activation', () => {
  test('the e-mailed key sets the password and activates, once', async () => {
    const user = await createUser(sandbox.url, { email: 'fresh@sandbox.test', password: 'unused', activated: false });
    const body = { activationKey: user.activationKey, password: sha1Hex('chosen-password') };
    expect((await call(sandbox.url, 'POST', '/api/v1/user/activation', { json: body })).status).toBe(204);
    expect((await passwordLogin(sandbox.url, user.email, 'chosen-password')).status).toBe(200);
    expect((await call(sandbox.url, 'POST', '/api/v1/user/activation', { json: body })).status).toBe(400);
  });

  test('a bad key, a clear-text password or a snake_case key name → 400', async () => {
    const user = await createUser(sandbox.url, { email: 'fresh@sandbox.test', password: 'unused', activated: false });
    for (const json of [
      { activationKey: 'nope', password: sha1Hex('x') },
      { activationKey: user.activationKey, password: 'clear text' },
      { activation_key: user.activationKey, password: sha1Hex('x') },
    ]) {
      expect((await call(sandbox.url, 'POST', '/api/v1/user/activation', { json })).status).toBe(400);
    }
  });
});

describe('POST /api/v1/user/activation_resend', () => {
  test('needs the sandbox reCAPTCHA token and is limited per user', async () => {
    const user = await createUser(sandbox.url, { email: 'fresh@sandbox.test', password: 'unused', activated: false });
    const resend = (token: string) =>
      call(sandbox.url, 'POST', '/api/v1/user/activation_resend', {
        json: { username: user.email, 'g-recaptcha-response': token },
      });
    expect((await resend('forged')).status).toBe(422);
    expect((await resend('sandbox-recaptcha-ok')).status).toBe(204);
    const tooSoon = await resend('sandbox-recaptcha-ok');
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.json).toMatchObject({ error_code: 1105 });
    await setServerTime(sandbox.url, MID_STEP_MS + 90_000); // the 60 s limit, plus 30 s of slack
    expect((await resend('sandbox-recaptcha-ok')).status).toBe(204);
  });

  test.each([
    ['a missing username', { 'g-recaptcha-response': 'sandbox-recaptcha-ok' }, 1402],
    ['a numeric username', { username: 42, 'g-recaptcha-response': 'sandbox-recaptcha-ok' }, 1403],
    ['a username list', { username: ['a@sandbox.test'], 'g-recaptcha-response': 'sandbox-recaptcha-ok' }, 1403],
    ['a numeric reCAPTCHA answer', { username: 'a@sandbox.test', 'g-recaptcha-response': 7 }, 1403],
  ])('%s is a field problem: 422 with the field named, not a malformed body', async (_name, json, nested) => {
    const result = await call(sandbox.url, 'POST', '/api/v1/user/activation_resend', { json });
    expect(result.status).toBe(422);
    expect(result.json).toMatchObject({ error_code: 1400, errors: [{ error_code: nested }] });
  });
});

describe('PATCH /api/v1/user/password', () => {
  test('refuses a clear-text new password with a nested InvalidFormat error', async () => {
    const { email, password } = sandbox.demo.plainUser;
    const token = ((await passwordLogin(sandbox.url, email, password)).json as { auth_token: string }).auth_token;
    const json = { old_password: sha1Hex(password), new_password: 'clear' };
    const result = await call(sandbox.url, 'PATCH', '/api/v1/user/password', { token, json });
    expect(result.status).toBe(422);
    expect(result.json).toMatchObject({ errors: [{ error_code: 1403, error_token: 'InvalidFormat' }] });
  });
});
