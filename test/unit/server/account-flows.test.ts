// Account flows against the real sandbox: EMnify activation, resend and password change; the
// Amadis user API with the profile's OAuth client from the vault (this sandbox demands a bearer).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import { decodeBase64, generateCode } from '../../../lib/otp';
import { addSandboxUser, resetSandbox, useSandbox } from '../api/contract/sandbox-harness';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, type SessionHarness } from './session-harness';

const sandbox = useSandbox({ amadisRequireBearer: true });
let harness: SessionHarness;
let emnify: ServerProfile;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  harness = await sessionHarness(await sandboxClock(sandbox.url));
  emnify = await harness.addProfile('emnify', sandbox.url);
});

afterEach(async () => {
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
});

function amadisProfile(): Promise<ServerProfile> {
  const client = sandbox.demo.amadisClient;
  harness.keep(client.clientSecret);
  return harness.addProfile('amadis', sandbox.url, { clientId: client.clientId, clientSecret: client.clientSecret });
}

describe('EMnify account flows', () => {
  it('activates an account with the key from the e-mail, and refuses a used key', async () => {
    const user = await addSandboxUser(sandbox.url, { email: 'new.user@example.org', password: 'unused', mfa: false, activated: false });
    const activationKey = user.activationKey ?? '';
    harness.keep(activationKey, 'first password!');
    expect(await harness.value('account.activate', { profileId: emnify.id, activationKey, password: 'first password!' })).toEqual({});
    const view = await harness.value('session.loginPassword', { profileId: emnify.id, username: user.email, password: 'first password!' });
    expect(view.state).toBe('logged-in');
    expect(await harness.failure('account.activate', { profileId: emnify.id, activationKey, password: 'first password!' })).toEqual({
      name: 'ActivationRefusedError',
      message: 'Unknown or already used activation key.',
    });
  });

  it('resends the activation e-mail once a minute at most', async () => {
    const user = await addSandboxUser(sandbox.url, { email: 'waiting@example.org', password: 'unused password', mfa: false, activated: false });
    harness.keep(user.password);
    const request = { profileId: emnify.id, username: user.email, recaptchaToken: 'sandbox-recaptcha-ok' };
    expect(await harness.value('account.resendActivation', request)).toEqual({});
    const again = await harness.failure('account.resendActivation', request);
    expect(again.name).toBe('TooManyRequestsError');
    expect(again.message).toMatch(/sent recently/u);
  });

  it('changes the password: the old session ends and the new password logs in', async () => {
    const user = await addSandboxUser(sandbox.url, { email: 'changer@example.org', password: 'old password 1', mfa: false });
    harness.keep(user.password, 'new password 2');
    await harness.value('session.loginPassword', { profileId: emnify.id, username: user.email, password: user.password });
    expect(
      await harness.failure('session.changePassword', { oldPassword: 'not the password', newPassword: 'new password 2' }),
    ).toMatchObject({ name: 'WrongOldPasswordError' });
    expect(await harness.value('session.changePassword', { oldPassword: user.password, newPassword: 'new password 2' })).toMatchObject({
      state: 'logged-out',
      notice: 'Password changed. Log in with your new password.',
    });
    expect(
      await harness.value('session.loginPassword', { profileId: emnify.id, username: user.email, password: 'new password 2' }),
    ).toMatchObject({ state: 'logged-in' });
  });

  it('refuses EMnify flows on an Amadis profile and the other way round', async () => {
    const amadis = await amadisProfile();
    harness.keep('some password');
    expect(await harness.failure('account.activate', { profileId: amadis.id, activationKey: 'k', password: 'some password' })).toEqual({
      name: 'WrongServerKindError',
      message: 'This works only with an EMnify server.',
    });
    expect(
      await harness.failure('amadis.register', { profileId: emnify.id, name: 'Ann', email: 'ann@example.org', password: 'some password' }),
    ).toEqual({ name: 'WrongServerKindError', message: 'This works only with an Amadis server.' });
  });
});

describe('Amadis user flows', () => {
  it('registers a user and keeps the secret as a vault account whose codes are right', async () => {
    const amadis = await amadisProfile();
    harness.keep('amadis password 1');
    const summary = await harness.value('amadis.register', {
      profileId: amadis.id,
      name: 'Ann Example',
      email: ' ann@example.org ',
      password: 'amadis password 1',
    });
    expect(summary).toEqual({
      id: expect.any(String),
      type: 'totp',
      issuer: amadis.name,
      label: 'ann@example.org',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      origins: [new URL(amadis.baseUrl).origin],
    });
    // The bearer came from the OAuth client kept in the vault.
    expect(harness.http.exchanges.find((exchange) => exchange.path === '/oauth/token')?.request).toMatchObject({
      client_id: sandbox.demo.amadisClient.clientId,
    });
    const answer = harness.http.exchanges.find((exchange) => exchange.path === '/api/user/v1/register');
    const secret = decodeBase64((JSON.parse(answer?.responseText ?? '{}') as { data: { user_secret: string } }).data.user_secret);
    const stored = await harness.vault.getAccount(summary.id);
    expect(stored.server).toEqual({ profileId: amadis.id, username: 'ann@example.org' });
    const now = harness.deps.now();
    const { codes } = await harness.value('codes.current', { ids: [summary.id] });
    expect(codes[0]?.code).toBe(
      await generateCode({ type: 'totp', issuer: '', label: 'x', secret, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 }, now),
    );
  });

  it('does not register while the vault is locked: the secret would have nowhere to go', async () => {
    const amadis = await amadisProfile();
    harness.keep('amadis password 1');
    await harness.value('vault.lock', {});
    const request = { profileId: amadis.id, name: 'Ann', email: 'ann@example.org', password: 'amadis password 1' };
    expect(await harness.failure('amadis.register', request)).toMatchObject({ name: 'VaultLockedError' });
    expect(harness.http.exchanges.filter((exchange) => exchange.path.startsWith('/api/user'))).toEqual([]);
  });

  it('does not register a user whose account the vault could not keep', async () => {
    const amadis = await amadisProfile();
    harness.keep('amadis password 1');
    const request = { profileId: amadis.id, name: 'Ann', email: '   ', password: 'amadis password 1' };
    expect(await harness.failure('amadis.register', request)).toMatchObject({ name: 'OtpInputError' });
    expect(harness.http.exchanges.filter((exchange) => exchange.path.startsWith('/api/user'))).toEqual([]);
  });

  it('resets a password, returns the new one once, and lets it be changed', async () => {
    const amadis = await amadisProfile();
    harness.keep('amadis password 1', 'amadis password 2');
    await harness.value('amadis.register', { profileId: amadis.id, name: 'Ann', email: 'ann@example.org', password: 'amadis password 1' });
    const { password } = await harness.value('amadis.resetPassword', { profileId: amadis.id, email: 'ann@example.org' });
    expect(password.length).toBeGreaterThan(7);
    expect(password).not.toBe('amadis password 1');
    const change = { profileId: amadis.id, email: 'ann@example.org', newPassword: 'amadis password 2' };
    expect(await harness.failure('amadis.changePassword', { ...change, oldPassword: 'amadis password 1' })).toMatchObject({
      name: 'WrongOldPasswordError',
    });
    expect(await harness.value('amadis.changePassword', { ...change, oldPassword: password })).toEqual({});
  });

  it('reaches a server that wants a bearer only with the profile OAuth client', async () => {
    const bare = await harness.addProfile('amadis', `${sandbox.url}/`.replace('127.0.0.1', 'localhost'));
    harness.keep('amadis password 1');
    const refused = await harness.failure('amadis.resetPassword', { profileId: bare.id, email: 'ann@example.org' });
    expect(refused.name).toBe('ApiError');
    expect(harness.http.exchanges.filter((exchange) => exchange.path === '/oauth/token')).toEqual([]);
  });
});
