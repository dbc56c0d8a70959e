// The MFA step for a user whose key was added some other way than enrolment here (its otpauth link,
// an import): the user picks a vault account, the background sends its code once, and after the
// server accepted it offers to tie the account to this user, so the next login is one click.
// Against the real sandbox, which verifies codes, refuses replays and lets an mfa_token expire.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import { encodeBase32 } from '../../../lib/otp';
import { addMfaUser, resetSandbox, useSandbox, type SandboxUser } from '../api/contract/sandbox-harness';
import { totpCode } from '../api/contract/totp-codes';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, VAULT_PASSPHRASE, type SessionHarness, type TestClock } from './session-harness';

const sandbox = useSandbox();
let clock: TestClock;
let harness: SessionHarness;
let profile: ServerProfile;
let user: SandboxUser & { mfaSecret: string };

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  clock = await sandboxClock(sandbox.url);
  harness = await sessionHarness(clock);
  profile = await harness.addProfile('emnify', sandbox.url);
  user = await addMfaUser(sandbox.url, { email: 'picked.key@example.org', password: 'picked key password' });
  harness.keep(user.password, user.mfaSecret);
});

afterEach(async () => {
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
});

/** Adds a seed by its otpauth link, as the popup does: no binding to any server user. */
async function addByLink(secret: string, issuer = 'Elsewhere', label = user.email): Promise<string> {
  const uri = `otpauth://totp/${encodeURIComponent(`${issuer}:${label}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
  return (await harness.value('accounts.addUri', { uri })).id;
}

/** A seed whose codes around now are none of the user's (so a refusal cannot pass by luck). */
async function otherSeed(): Promise<string> {
  for (;;) {
    const seed = encodeBase32(crypto.getRandomValues(new Uint8Array(20)));
    const now = harness.deps.now();
    const theirs = await Promise.all([-1, 0, 1].map((steps) => totpCode(user.mfaSecret, now, steps)));
    if (!theirs.includes(await totpCode(seed, now))) return seed;
  }
}

function startLogin() {
  return harness.value('session.loginPassword', { profileId: profile.id, username: user.email, password: user.password });
}

const sentCodes = () => harness.http.authenticateBodies().flatMap((body) => (typeof body.code === 'string' ? [body.code] : []));

describe('picking a vault account at the MFA step', () => {
  it('sends the picked account’s code, offers to remember it (across a worker restart), and then logs in in one click', async () => {
    const picked = await addByLink(user.mfaSecret);
    expect(await startLogin()).toEqual({ state: 'mfa', profile, username: user.email });

    const view = await harness.value('session.submitCode', { accountId: picked });
    expect(view).toMatchObject({
      state: 'logged-in',
      username: user.email,
      keyOffer: { id: picked, issuer: 'Elsewhere', label: user.email },
    });
    expect(sentCodes()).toEqual([await totpCode(user.mfaSecret, harness.deps.now())]);
    // Nothing is tied before the user says so.
    expect((await harness.vault.getAccount(picked)).server).toBeUndefined();

    // The offer is the session's, not the popup's: a restarted worker still has it.
    harness.restart();
    expect(await harness.value('session.view', {})).toEqual(view);

    const remembered = await harness.value('session.answerKeyOffer', { remember: true });
    expect(remembered).toMatchObject({ state: 'logged-in', username: user.email });
    expect(remembered).not.toHaveProperty('keyOffer');
    expect((await harness.vault.getAccount(picked)).server).toEqual({
      profileId: profile.id,
      username: user.email,
      tiedAt: expect.any(Number),
    });
    expect(await harness.value('ties.list', {})).toEqual([{ accountId: picked, profileId: profile.id, username: user.email }]);

    await harness.value('session.logout', {});
    expect(await startLogin()).toEqual({
      state: 'mfa',
      profile,
      username: user.email,
      vaultAccount: { id: picked, issuer: 'Elsewhere', label: user.email },
    });
    // One click: no account named. The step of the first code is spent, so this one waits for the next.
    const again = await harness.value('session.submitCode', {});
    expect(again).toMatchObject({ state: 'logged-in' });
    expect(again).not.toHaveProperty('keyOffer');
    expect(harness.sleeps).toHaveLength(1);
    const [first, second] = sentCodes();
    expect(second).not.toBe(first);
  });

  it('says so when the picked account’s code is refused, ties nothing, and lets the user pick again', async () => {
    const wrong = await addByLink(await otherSeed(), 'EMnify');
    const right = await addByLink(user.mfaSecret, 'Phone');
    await startLogin();

    expect(await harness.failure('session.submitCode', { accountId: wrong })).toEqual({
      name: 'CodeRejectedError',
      message: 'The code was not accepted: wait for the next code and try again.',
    });
    expect(await harness.value('session.view', {})).toEqual({ state: 'mfa', profile, username: user.email });
    expect((await harness.vault.getAccount(wrong)).server).toBeUndefined();

    expect(await harness.value('session.submitCode', { accountId: right })).toMatchObject({
      state: 'logged-in',
      keyOffer: { id: right },
    });
    // Not now: the offer goes, nothing is tied, and the next login asks again.
    expect(await harness.value('session.answerKeyOffer', { remember: false })).not.toHaveProperty('keyOffer');
    expect((await harness.vault.getAccount(right)).server).toBeUndefined();
    expect(await harness.value('ties.list', {})).toEqual([]);
    await harness.value('session.logout', {});
    expect(await startLogin()).not.toHaveProperty('vaultAccount');
  });

  it('lets the user type a code after a refused pick', async () => {
    const wrong = await addByLink(await otherSeed());
    await startLogin();
    expect((await harness.failure('session.submitCode', { accountId: wrong })).name).toBe('CodeRejectedError');
    const code = await totpCode(user.mfaSecret, harness.deps.now());
    const view = await harness.value('session.submitCode', { code });
    expect(view).toMatchObject({ state: 'logged-in' });
    expect(view).not.toHaveProperty('keyOffer');
  });

  it('never sends a picked account’s code of a step already sent: the next pick waits for a later one', async () => {
    const picked = await addByLink(user.mfaSecret);
    await startLogin();
    await harness.value('session.submitCode', { accountId: picked });
    await harness.value('session.answerKeyOffer', { remember: false });
    await harness.value('session.logout', {});
    expect(harness.sleeps).toEqual([]);

    await startLogin();
    // The sandbox refuses a replayed step (docs/api-contract.md §4): this succeeds only with a later one.
    expect(await harness.value('session.submitCode', { accountId: picked })).toMatchObject({ state: 'logged-in' });
    expect(harness.sleeps).toHaveLength(1);
    expect(harness.sleeps[0]).toBeGreaterThan(0);
    expect(harness.sleeps[0]).toBeLessThanOrEqual(30_000);
    const [first, second] = sentCodes();
    expect(second).not.toBe(first);
  });

  it('refuses with a clear error while the vault is locked, and after unlocking nothing is tied', async () => {
    const picked = await addByLink(user.mfaSecret);
    await startLogin();
    await harness.value('vault.lock', {});
    expect(await harness.failure('session.submitCode', { accountId: picked })).toEqual({
      name: 'VaultLockedError',
      message: 'The vault is locked.',
    });
    expect(await harness.failure('session.answerKeyOffer', { remember: true })).toMatchObject({ name: 'VaultLockedError' });
    await harness.value('vault.unlock', { passphrase: VAULT_PASSPHRASE });
    // Locking ended the step: the login starts again from the password, and no code was sent.
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out' });
    expect(sentCodes()).toEqual([]);
    expect((await harness.vault.getAccount(picked)).server).toBeUndefined();
  });

  it('ties nothing when the step expired before the pick', async () => {
    const picked = await addByLink(user.mfaSecret);
    await startLogin();
    // The sandbox's mfa_token lasts 5 minutes.
    await clock.advance(6 * 60_000);
    expect((await harness.failure('session.submitCode', { accountId: picked })).name).toBe('CodeRejectedError');
    expect((await harness.vault.getAccount(picked)).server).toBeUndefined();
    expect(await harness.value('session.view', {})).toEqual({ state: 'mfa', profile, username: user.email });
  });

  it('sends nothing for an account whose codes cannot answer: counter-based, unknown', async () => {
    const hotp = (await harness.value('accounts.addUri', { uri: `otpauth://hotp/Token:erin?secret=${user.mfaSecret}&counter=3` })).id;
    await startLogin();
    expect((await harness.failure('session.submitCode', { accountId: hotp })).name).toBe('NoVaultCodeError');
    expect((await harness.failure('session.submitCode', { accountId: 'no-such-account' })).name).toBe('VaultNotFoundError');
    expect(sentCodes()).toEqual([]);
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'mfa' });
  });

  it('offers nothing to remember when the picked account already logs in as this user', async () => {
    const picked = await addByLink(user.mfaSecret);
    await harness.value('ties.tie', { accountId: picked, profileId: profile.id, username: user.email.toUpperCase() });
    await startLogin();
    const view = await harness.value('session.submitCode', { accountId: picked });
    expect(view).toMatchObject({ state: 'logged-in' });
    expect(view).not.toHaveProperty('keyOffer');
  });
});
