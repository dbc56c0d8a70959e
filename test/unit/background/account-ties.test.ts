// ties.list, ties.tie and ties.untie through the real router and the real vault: which server user
// each account logs in to, as the management page shows and changes it.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import type { ServerBinding } from '../../../lib/vault/record-types';
import { createVaultService } from '../../../lib/vault/vault-service';
import { dumpAllStores, PASSPHRASE, textsOf, uniqueDbName } from '../vault/helpers';
import { fakeDeps } from './fake-deps';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const optionsPage: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const NOW = 1_700_000_000_000;

beforeEach(() => {
  fakeBrowser.reset();
});

async function setUp() {
  const dbName = uniqueDbName();
  const deps = { ...fakeDeps(() => NOW), vault: createVaultService({ dbName }) };
  const route = createBackgroundRoute(deps, identity);
  const send = (type: string, body: unknown) => route({ type, body }, optionsPage);
  const value = async (type: string, body: unknown) => {
    const reply = await send(type, body);
    if (!reply.ok) throw new Error(`${type}: ${reply.error.name}: ${reply.error.message}`);
    return reply.value;
  };
  const error = async (type: string, body: unknown) => {
    const reply = await send(type, body);
    if (reply.ok) throw new Error(`${type} succeeded`);
    return reply.error;
  };
  await value('vault.create', { passphrase: PASSPHRASE });
  const add = async (uri: string) => ((await value('accounts.addUri', { uri })) as { id: string }).id;
  const totp = await add(`otpauth://totp/Bank:carol?secret=${SECRET}&issuer=Bank`);
  const hotp = await add(`otpauth://hotp/Token:erin?secret=${SECRET}&issuer=Token&counter=5`);
  return { deps, dbName, value, error, totp, hotp };
}

describe('ties of accounts to server users', () => {
  it('ties an account to a user on a server, inside the ciphertext, and unties it again', async () => {
    const { deps, dbName, value, totp } = await setUp();
    expect(await value('ties.list', {})).toEqual([]);

    const tied = await value('ties.tie', { accountId: totp, profileId: 'sandbox', username: '  Ann.Tied@example.org ' });
    expect(tied).toEqual([{ accountId: totp, profileId: 'sandbox', username: 'Ann.Tied@example.org' }]);
    expect((await deps.vault.getAccount(totp)).server).toEqual({ profileId: 'sandbox', username: 'Ann.Tied@example.org', tiedAt: NOW });
    expect(textsOf(await dumpAllStores(dbName)).join('\n')).not.toContain('Ann.Tied@example.org');
    // Kept across a worker restart.
    expect((await createVaultService({ dbName }).getAccount(totp)).server?.tiedAt).toBe(NOW);

    expect(await value('ties.untie', { accountId: totp })).toEqual([]);
    const untied = await createVaultService({ dbName }).getAccount(totp);
    expect('server' in untied).toBe(false);
    // The codes stay: only the tie went.
    expect(untied.label).toBe('carol');
  });

  it('lists what logs in: an activated enrolment and the user’s ties, not a pending key, a deleted key or a counter', async () => {
    const { deps, value, totp, hotp } = await setUp();
    const bound = async (server: ServerBinding) =>
      (await deps.vault.addAccount({ ...(await deps.vault.getAccount(totp)), label: `${server.username} key`, server })).id;
    const active = await bound({ profileId: 'sandbox', username: 'enrolled@example.org', mfaKeyId: 7, enrolment: 'active' });
    await bound({ profileId: 'sandbox', username: 'pending@example.org', mfaKeyId: 8, enrolment: 'pending' });
    await bound({ profileId: 'sandbox', username: 'deleted-key@example.org' });
    await deps.vault.updateAccount(hotp, { server: { profileId: 'sandbox', username: 'counter@example.org', tiedAt: NOW } });
    expect(await value('ties.list', {})).toEqual([{ accountId: active, profileId: 'sandbox', username: 'enrolled@example.org' }]);
  });

  it('a tie replaces one to another user; tying an enrolled key to its own user keeps its key id', async () => {
    const { deps, value, totp } = await setUp();
    await value('ties.tie', { accountId: totp, profileId: 'sandbox', username: 'first@example.org' });
    expect(await value('ties.tie', { accountId: totp, profileId: 'emnify', username: 'second@example.org' })).toEqual([
      { accountId: totp, profileId: 'emnify', username: 'second@example.org' },
    ]);
    await deps.vault.updateAccount(totp, { server: { profileId: 'sandbox', username: 'enrolled@example.org', mfaKeyId: 7, enrolment: 'active' } });
    await value('ties.tie', { accountId: totp, profileId: 'sandbox', username: 'ENROLLED@example.org' });
    expect((await deps.vault.getAccount(totp)).server).toEqual({
      profileId: 'sandbox',
      username: 'enrolled@example.org',
      mfaKeyId: 7,
      enrolment: 'active',
      tiedAt: NOW,
    });
  });

  it('refuses a server that is not in the list or has no MFA step to answer, and a key still being enrolled', async () => {
    const { deps, error, totp } = await setUp();
    expect(await error('ties.tie', { accountId: totp, profileId: 'gone', username: 'ann@example.org' })).toMatchObject({ name: 'UnknownProfileError' });
    expect(await error('ties.tie', { accountId: totp, profileId: 'sandbox-amadis', username: 'ann@example.org' })).toMatchObject({
      name: 'WrongServerKindError',
    });
    const pending = await deps.vault.addAccount({
      ...(await deps.vault.getAccount(totp)),
      server: { profileId: 'sandbox', username: 'pending@example.org', mfaKeyId: 8, enrolment: 'pending' },
    });
    expect(await error('ties.tie', { accountId: pending.id, profileId: 'sandbox', username: 'ann@example.org' })).toMatchObject({
      name: 'PendingAccountError',
    });
    expect(await error('ties.untie', { accountId: pending.id })).toMatchObject({ name: 'PendingAccountError' });
    expect((await deps.vault.getAccount(pending.id)).server?.enrolment).toBe('pending');
    expect((await deps.vault.getAccount(totp)).server).toBeUndefined();
  });

  it('says the vault is locked, and an unknown account is not in it', async () => {
    const { value, error, totp } = await setUp();
    expect(await error('ties.untie', { accountId: 'no-such-account' })).toMatchObject({ name: 'VaultNotFoundError' });
    await value('vault.lock', {});
    for (const [type, body] of [
      ['ties.list', {}],
      ['ties.tie', { accountId: totp, profileId: 'sandbox', username: 'ann@example.org' }],
      ['ties.untie', { accountId: totp }],
    ] as const) {
      expect(await error(type, body)).toEqual({ name: 'VaultLockedError', message: 'The vault is locked.' });
    }
  });
});
