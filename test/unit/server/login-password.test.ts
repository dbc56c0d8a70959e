// Step 1 of the login against the real sandbox: wrong password, lockout, application tokens, and
// what a reopened popup sees. Every reply is checked for secrets at the end of each test.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import { addApplicationToken, addSandboxUser, resetSandbox, useSandbox } from '../api/contract/sandbox-harness';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, type SessionHarness } from './session-harness';

const sandbox = useSandbox();
let harness: SessionHarness;
let profile: ServerProfile;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  harness = await sessionHarness(await sandboxClock(sandbox.url));
  profile = await harness.addProfile('emnify', sandbox.url);
});

afterEach(async () => {
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
});

describe('password login', () => {
  it('logs a user without MFA in, with the token expiry and a refresh alarm before it', async () => {
    const user = await addSandboxUser(sandbox.url, { email: 'plain@example.org', password: 'plain password 1', mfa: false });
    harness.keep(user.password);
    const view = await harness.value('session.loginPassword', { profileId: profile.id, username: user.email, password: user.password });
    expect(view).toMatchObject({ state: 'logged-in', profile: { id: profile.id }, username: user.email, method: 'password' });
    const expiresAt = view.state === 'logged-in' ? view.expiresAt : undefined;
    // The sandbox's tokens live 240 minutes (docs/api-contract.md §1.2).
    expect(expiresAt).toBeGreaterThan(harness.deps.now() + 239 * 60_000);
    expect((await fakeBrowser.alarms.get('session-refresh'))?.scheduledTime).toBe((expiresAt ?? 0) - 2 * 60_000);
    expect(await harness.deps.servers.requireSession()).toMatchObject({ username: user.email, method: 'password' });
  });

  it('says the e-mail address or password is wrong, then that the account is locked, and never retries', async () => {
    const user = await addSandboxUser(sandbox.url, { email: 'ann@example.org', password: 'right password', mfa: false });
    harness.keep(user.password, 'wrong password');
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(
        await harness.failure('session.loginPassword', { profileId: profile.id, username: user.email, password: 'wrong password' }),
      ).toEqual({ name: 'WrongCredentialsError', message: 'The e-mail address or the password is not right.' });
    }
    // Even the right password is refused now, with the server's own sentence.
    const locked = await harness.failure('session.loginPassword', { profileId: profile.id, username: user.email, password: user.password });
    expect(locked.name).toBe('AccountLockedError');
    expect(locked.message).toMatch(/locked for 5 minutes/u);
    // One request per attempt: nothing was sent again behind the user's back.
    expect(harness.http.authenticateBodies()).toHaveLength(4);
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out', lastProfileId: profile.id, lastUsername: user.email });
  });

  it('says plainly that the server cannot be reached', async () => {
    // Port 9 (discard) on this computer: nothing listens there in a test environment.
    const nowhere = await harness.addProfile('emnify', 'http://127.0.0.1:9');
    const error = await harness.failure('session.loginPassword', { profileId: nowhere.id, username: 'ann@example.org', password: 'pw-123456' });
    expect(error.name).toBe('ServerUnreachableError');
    expect(error.message).toContain('127.0.0.1:9');
    harness.keep('pw-123456');
  });

  it('needs an unlocked vault and an EMnify profile', async () => {
    harness.keep('pw-123456');
    const amadis = await harness.value('profiles.select', { id: 'sandbox-amadis' });
    expect(
      await harness.failure('session.loginPassword', { profileId: amadis.selectedId, username: 'ann@example.org', password: 'pw-123456' }),
    ).toMatchObject({ name: 'WrongServerKindError', message: 'This works only with an EMnify server.' });
    await harness.value('vault.lock', {});
    for (const error of [
      await harness.failure('session.view', {}),
      await harness.failure('session.loginPassword', { profileId: profile.id, username: 'ann@example.org', password: 'pw-123456' }),
      await harness.failure('session.submitCode', {}),
    ]) {
      expect(error.name).toBe('VaultLockedError');
    }
    expect(harness.http.authenticateBodies()).toEqual([]);
  });

  it('logs in with an application token, which has no refresh token and no alarm', async () => {
    const user = await addSandboxUser(sandbox.url, { email: 'robot@example.org', password: 'robot password', mfa: false });
    const token = await addApplicationToken(sandbox.url, user.email);
    harness.keep(token, user.password);
    const view = await harness.value('session.loginToken', { profileId: profile.id, applicationToken: token });
    expect(view).toMatchObject({ state: 'logged-in', method: 'application-token' });
    expect(view.state === 'logged-in' && view.username).toBeUndefined();
    expect(view.state === 'logged-in' && view.expiresAt).toBeGreaterThan(harness.deps.now());
    expect(await fakeBrowser.alarms.get('session-refresh')).toBeUndefined();
    expect(await harness.failure('session.loginToken', { profileId: profile.id, applicationToken: 'not-a-known-token' })).toEqual({
      name: 'WrongCredentialsError',
      message: 'The server did not accept this application token.',
    });
  });

  it('ends an application-token session when its token runs out, and says so', async () => {
    const user = await addSandboxUser(sandbox.url, { email: 'robot@example.org', password: 'robot password', mfa: false });
    const token = await addApplicationToken(sandbox.url, user.email);
    harness.keep(token);
    const view = await harness.value('session.loginToken', { profileId: profile.id, applicationToken: token });
    const expiresAt = view.state === 'logged-in' ? (view.expiresAt ?? 0) : 0;
    await harness.deps.sleep(expiresAt - harness.deps.now() + 1_000);
    expect(await harness.value('session.view', {})).toEqual({
      state: 'logged-out',
      lastProfileId: profile.id,
      notice: 'Your session expired. Log in again.',
    });
    expect(await harness.deps.servers.currentSession()).toBeUndefined();
  });
});
