// The MFA step against the real sandbox (which verifies codes, refuses replays and locks after three
// failures): typed and vault codes, refusals, cancelling, and a worker restart in the middle.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoredAccount } from '../../../lib/vault/vault-port';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import { decodeBase32 } from '../../../lib/otp';
import { addMfaUser, resetSandbox, useSandbox, type SandboxUser } from '../api/contract/sandbox-harness';
import { totpCode, wrongCode } from '../api/contract/totp-codes';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, type SessionHarness } from './session-harness';

const sandbox = useSandbox();
let harness: SessionHarness;
let profile: ServerProfile;
let user: SandboxUser & { mfaSecret: string };

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  harness = await sessionHarness(await sandboxClock(sandbox.url));
  profile = await harness.addProfile('emnify', sandbox.url);
  user = await addMfaUser(sandbox.url, { email: 'mfa.user@example.org', password: 'mfa user password' });
  harness.keep(user.password, user.mfaSecret);
});

afterEach(async () => {
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
});

/** The user's seed in the vault, bound to the user on the sandbox profile (the e-mail in another case). */
function bindSeed(overrides: Partial<StoredAccount> = {}): Promise<StoredAccount> {
  return harness.vault.addAccount({
    type: 'totp',
    issuer: 'Sandbox',
    label: user.email,
    secret: decodeBase32(user.mfaSecret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    server: { profileId: profile.id, username: user.email.toUpperCase(), mfaKeyId: 1 },
    ...overrides,
  });
}

function startLogin() {
  return harness.value('session.loginPassword', { profileId: profile.id, username: user.email, password: user.password });
}

describe('the MFA step', () => {
  it('offers the vault account bound to this user, never a look-alike, a pending enrolment or a deleted key', async () => {
    await harness.vault.addAccount({ ...(await bindSeed()), server: undefined });
    await bindSeed({ server: { profileId: profile.id, username: user.email, mfaKeyId: 9, enrolment: 'pending' } });
    // Its key was deleted on the management page: the binding no longer names one.
    await bindSeed({ server: { profileId: profile.id, username: user.email } });
    const bound = (await harness.vault.listAccounts())[0];
    const view = await startLogin();
    expect(view).toEqual({
      state: 'mfa',
      profile,
      username: user.email,
      vaultAccount: { id: bound?.id, issuer: 'Sandbox', label: user.email },
    });
    expect(await harness.value('session.view', {})).toEqual(view);
  });

  it('keeps the step after a refused code, says to start again after a second, and accepts the vault code', async () => {
    await bindSeed();
    await startLogin();
    const bad = await wrongCode(user.mfaSecret, harness.deps.now());
    expect(await harness.failure('session.submitCode', { code: bad })).toEqual({
      name: 'CodeRejectedError',
      message: 'The code was not accepted: wait for the next code and try again.',
    });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'mfa' });
    expect(await harness.failure('session.submitCode', { code: bad })).toEqual({
      name: 'CodeRejectedError',
      message: 'The code was not accepted: wait for the next code and try again, or start the login again.',
    });
    const view = await harness.value('session.submitCode', {});
    expect(view).toMatchObject({ state: 'logged-in', username: user.email, method: 'password' });
    expect(view.state === 'logged-in' && view.skippedCode).toBeUndefined();
    const sent = harness.http.authenticateBodies().map((body) => body.code);
    expect(sent).toEqual([undefined, bad, bad, await totpCode(user.mfaSecret, harness.deps.now())]);
  });

  it('never sends a vault code twice: the second login waits for the next time step', async () => {
    await bindSeed();
    await startLogin();
    await harness.value('session.submitCode', {});
    await harness.value('session.logout', {});
    expect(harness.sleeps).toEqual([]);
    await startLogin();
    // The sandbox would refuse a replayed step (docs/api-contract.md §4), so this login succeeds only if
    // the code came from a later one.
    expect(await harness.value('session.submitCode', {})).toMatchObject({ state: 'logged-in' });
    expect(harness.sleeps).toHaveLength(1);
    expect(harness.sleeps[0]).toBeGreaterThan(0);
    expect(harness.sleeps[0]).toBeLessThanOrEqual(30_000);
    const codes = harness.http.authenticateBodies().flatMap((body) => (typeof body.code === 'string' ? [body.code] : []));
    expect(codes).toHaveLength(2);
    expect(codes[0]).not.toBe(codes[1]);
  });

  it('counts a typed code that the vault account would give as used: the vault code waits for the next step', async () => {
    await bindSeed();
    await startLogin();
    const typed = await totpCode(user.mfaSecret, harness.deps.now());
    expect(await harness.value('session.submitCode', { code: typed })).toMatchObject({ state: 'logged-in' });
    await harness.value('session.logout', {});
    await startLogin();
    expect(await harness.value('session.submitCode', {})).toMatchObject({ state: 'logged-in' });
    expect(harness.sleeps).toHaveLength(1);
    const codes = harness.http.authenticateBodies().flatMap((body) => (typeof body.code === 'string' ? [body.code] : []));
    expect(codes).toHaveLength(2);
    expect(codes[1]).not.toBe(typed);
  });

  it('asks for a typed code when no vault account holds the seed', async () => {
    expect(await startLogin()).not.toHaveProperty('vaultAccount');
    expect(await harness.failure('session.submitCode', {})).toMatchObject({ name: 'NoVaultCodeError' });
    const code = await totpCode(user.mfaSecret, harness.deps.now());
    expect(await harness.value('session.submitCode', { code })).toMatchObject({ state: 'logged-in' });
  });

  it('resumes at the MFA step after the service worker restarts', async () => {
    await bindSeed();
    const before = await startLogin();
    harness.restart();
    expect(await harness.value('session.view', {})).toEqual(before);
    expect(await harness.value('session.submitCode', {})).toMatchObject({ state: 'logged-in', username: user.email });
    harness.restart();
    expect(await harness.deps.servers.requireSession()).toMatchObject({ profile: { id: profile.id }, username: user.email });
  });

  it('cancels the step: a code sent afterwards has no login to finish', async () => {
    await startLogin();
    expect(await harness.value('session.cancelMfa', {})).toMatchObject({ state: 'logged-out', lastUsername: user.email });
    expect(await harness.failure('session.submitCode', { code: '123456' })).toMatchObject({
      name: 'NoPendingLoginError',
    });
  });

  it('goes back to the start when the account gets locked at the MFA step', async () => {
    await startLogin();
    const bad = await wrongCode(user.mfaSecret, harness.deps.now());
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await harness.failure('session.submitCode', { code: bad })).name).toBe('CodeRejectedError');
    }
    const locked = await harness.failure('session.submitCode', { code: await totpCode(user.mfaSecret, harness.deps.now()) });
    expect(locked.name).toBe('AccountLockedError');
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out' });
  });
});
