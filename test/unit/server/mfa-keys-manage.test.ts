// The management page's MFA keys against the real sandbox: the user's keys with their names and
// dates, the vault account holding each seed (by binding), pending enrolments, and deleting a key:
// an active key's account stays without the key, a pending key's seed goes with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MfaKeyView, ServerProfile } from '../../../lib/protocol/protocol';
import { addSandboxUser, control, resetSandbox, useSandbox } from '../api/contract/sandbox-harness';
import { jsonAnswer } from './http-boundary';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, type SessionHarness } from './session-harness';

const USER = { email: 'keys.owner@example.org', password: 'keys owner password' };

type RawKey = { id: number; secret: string; status: { id: number } };

const sandbox = useSandbox();
let harness: SessionHarness;
let profile: ServerProfile;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  harness = await sessionHarness(await sandboxClock(sandbox.url));
  profile = await harness.addProfile('emnify', sandbox.url);
  await addSandboxUser(sandbox.url, USER);
  harness.keep(USER.password);
  await harness.value('session.loginPassword', { profileId: profile.id, username: USER.email, password: USER.password });
});

afterEach(async () => {
  for (const key of await rawKeys()) harness.keep(key.secret);
  await harness.expectNoSecretLeaks();
});

async function rawKeys(): Promise<RawKey[]> {
  return (await control(sandbox.url, 'GET', `/__sandbox/users/${encodeURIComponent(USER.email)}/mfa-keys`)) as RawKey[];
}

/** Creates a key from the vault; its seed is kept so that no reply may carry it. */
async function startEnrolment() {
  const pending = await harness.value('enrolment.start', { typeId: 0, password: USER.password });
  for (const key of await rawKeys()) harness.keep(key.secret);
  return pending;
}

async function enrolActiveKey() {
  const pending = await startEnrolment();
  await harness.value('enrolment.activate', { accountId: pending.accountId });
  return pending;
}

async function onlyKey(): Promise<MfaKeyView> {
  const { keys } = await harness.value('mfaKeys.list', {});
  expect(keys).toHaveLength(1);
  return keys[0] as MfaKeyView;
}

describe('mfaKeys.list', () => {
  it('a pending enrolment: its names, creation date, vault account, and the account to finish or cancel it with', async () => {
    const pending = await startEnrolment();
    const view = await harness.value('mfaKeys.list', {});
    expect(view).toMatchObject({ profile: { id: profile.id }, username: USER.email });
    expect(view.keys).toEqual([
      {
        id: pending.keyId,
        type: 'Time-Based One-Time Password',
        status: 'Activation Pending',
        active: false,
        createdAt: expect.any(Number),
        vaultAccount: { id: pending.accountId, issuer: pending.issuer, label: pending.label },
        pendingAccountId: pending.accountId,
      },
    ]);
  });

  it('an active key: activated, with its vault account and nothing left to finish', async () => {
    const pending = await enrolActiveKey();
    const key = await onlyKey();
    expect(key).toMatchObject({ id: pending.keyId, status: 'Active', active: true, vaultAccount: { id: pending.accountId } });
    expect(key.activatedAt).toBeGreaterThanOrEqual(key.createdAt ?? Infinity);
    expect(key).not.toHaveProperty('pendingAccountId');
  });

  it('a key whose seed is not in this vault: no account, not even one of the same user with the same name', async () => {
    const pending = await startEnrolment();
    const { type, issuer, label, secret, algorithm, digits, period, counter } = await harness.vault.getAccount(pending.accountId);
    await harness.vault.deleteAccount(pending.accountId);
    // Bound to the user but to no key: a key's account is found by its binding, never by its name.
    const server = { profileId: profile.id, username: USER.email };
    await harness.vault.addAccount({ type, issuer, label, secret, algorithm, digits, period, counter, server });
    const key = await onlyKey();
    expect(key).toMatchObject({ id: pending.keyId, active: false });
    expect(key).not.toHaveProperty('vaultAccount');
    expect(key).not.toHaveProperty('pendingAccountId');
  });

  it('asks the server for the names the user record left out', async () => {
    const created = await startEnrolment();
    harness.http.fault('GET', /^\/api\/v1\/user\/[^/]+$/u, () =>
      jsonAnswer(200, {
        id: 1,
        username: USER.email,
        mfa: [{ id: created.keyId, type: { id: 0 }, status: { id: 0 }, creation_date: '2025-05-01T12:00:00.000Z', activation_date: null }],
      }),
    );
    expect(await onlyKey()).toMatchObject({ type: 'Time-Based One-Time Password', status: 'Activation Pending' });
  });

  it('needs a password login', async () => {
    await harness.value('session.logout', {});
    expect(await harness.failure('mfaKeys.list', {})).toEqual({
      name: 'ServerLoginRequiredError',
      message: "Log in from the toolbar popup to see this account's MFA keys.",
    });
  });
});

describe('mfaKeys.delete', () => {
  it('an active key: deleted on the server; its vault account keeps its seed and its user, but no longer names the key', async () => {
    const pending = await enrolActiveKey();
    const view = await harness.value('mfaKeys.delete', { id: pending.keyId });
    expect(view.keys).toEqual([]);
    expect(await rawKeys()).toEqual([]);
    const account = await harness.vault.getAccount(pending.accountId);
    expect(account.server).toEqual({ profileId: profile.id, username: USER.email });
    expect((await harness.value('accounts.list', {})).map(({ id }) => id)).toEqual([pending.accountId]);
  });

  it('a pending key: deleted on the server, and its seed with it, as cancelling the enrolment would', async () => {
    const other = await harness.value('accounts.addUri', { uri: 'otpauth://totp/Other:someone?secret=JBSWY3DPEHPK3PXP&issuer=Other' });
    const pending = await startEnrolment();

    expect((await harness.value('mfaKeys.delete', { id: pending.keyId })).keys).toEqual([]);
    expect(await rawKeys()).toEqual([]);
    expect(await harness.value('enrolment.list', {})).toEqual([]);
    expect((await harness.vault.listAccounts()).map(({ id }) => id)).toEqual([other.id]);
  });

  it('a key already gone (404) is no failure: the vault account is let go of the key all the same', async () => {
    const pending = await enrolActiveKey();
    await (await harness.deps.servers.requireSession()).client.deleteMfaKey(pending.keyId);
    expect((await harness.value('mfaKeys.delete', { id: pending.keyId })).keys).toEqual([]);
    expect(harness.http.exchanges.filter((item) => item.method === 'DELETE').at(-1)).toMatchObject({ status: 404 });
    expect((await harness.vault.getAccount(pending.accountId)).server).not.toHaveProperty('mfaKeyId');
  });

  it('a server failure deletes nothing and changes no vault account', async () => {
    const pending = await enrolActiveKey();
    harness.http.fault('DELETE', /\/mfa\/\d+$/u, () => jsonAnswer(500));
    expect(await harness.failure('mfaKeys.delete', { id: pending.keyId })).toMatchObject({ name: 'ApiError' });
    expect(await rawKeys()).toHaveLength(1);
    expect((await harness.vault.getAccount(pending.accountId)).server).toMatchObject({ mfaKeyId: pending.keyId, enrolment: 'active' });
  });
});
