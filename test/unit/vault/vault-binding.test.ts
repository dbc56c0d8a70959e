// Accounts tied to a server user: the binding travels inside the account's ciphertext.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InvalidAccountError } from '../../../lib/vault/errors';
import type { ServerBinding } from '../../../lib/vault/record-types';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, dumpAllStores, sampleInput, textsOf } from './helpers';

const binding: ServerBinding = {
  profileId: 'emnify-default',
  username: 'dana.bound-user@example.com',
  mfaKeyId: 44,
  enrolment: 'pending',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('server bindings on accounts', () => {
  it('round-trips, including after a worker restart', async () => {
    const { vault, dbName } = await createdVault();
    const bound = await vault.addAccount(sampleInput({ server: binding }));
    const unbound = await vault.addAccount(sampleInput({ label: 'by hand' }));
    expect(bound.server).toEqual(binding);
    expect('server' in unbound).toBe(false);

    const restarted = createVaultService({ dbName });
    expect(await restarted.getAccount(bound.id)).toEqual(bound);
    expect(await restarted.listAccounts()).toEqual([bound, unbound]);
  });

  it('keeps the binding inside the ciphertext', async () => {
    const { vault, dbName } = await createdVault();
    await vault.addAccount(sampleInput({ server: binding }));
    const haystack = textsOf(await dumpAllStores(dbName)).join('\n');
    expect(haystack).not.toContain(binding.username);
    expect(haystack).not.toContain(binding.profileId);
  });

  it('an update with a binding replaces the whole binding', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput({ server: binding }));
    const active: ServerBinding = { profileId: 'emnify-default', username: binding.username };
    const replacement: ServerBinding = { ...active, enrolment: 'active' };
    const updated = await vault.updateAccount(account.id, { server: replacement });
    expect(updated.server).toEqual(replacement);

    const restarted = createVaultService({ dbName });
    expect((await restarted.getAccount(account.id)).server).toEqual(replacement);
    // Other updates leave the binding as it is.
    const renamed = await restarted.updateAccount(account.id, { label: 'renamed' });
    expect(renamed.server).toEqual(replacement);
  });

  it('binds an existing account that had none', async () => {
    const { vault } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    const bound = await vault.updateAccount(account.id, { server: binding });
    expect(bound).toEqual({ ...account, server: binding });
  });

  it('unties with `server: null`: the binding goes, nothing else changes, and a restart agrees', async () => {
    const { vault, dbName } = await createdVault();
    const tied = await vault.addAccount(sampleInput({ server: { profileId: 'sandbox', username: binding.username, tiedAt: 1_700_000_000_000 } }));
    const untied = await vault.updateAccount(tied.id, { server: null });
    expect(untied).toEqual({ ...tied, server: undefined });
    expect('server' in untied).toBe(false);
    expect('server' in (await createVaultService({ dbName }).getAccount(tied.id))).toBe(false);
  });

  it('hands out copies: changing a returned binding changes nothing stored', async () => {
    const { vault } = await createdVault();
    const added = await vault.addAccount(sampleInput({ server: { ...binding } }));
    added.server!.username = 'mallory@example.com';
    const listed = await vault.getAccount(added.id);
    expect(listed.server).toEqual(binding);
    listed.server!.mfaKeyId = 1;
    expect((await vault.listAccounts())[0]!.server).toEqual(binding);
    expect((await vault.getAccount(added.id)).server).toEqual(binding);
  });

  it.each<[string, unknown]>([
    ['an empty profile id', { ...binding, profileId: '' }],
    ['a profile id over 64 characters', { ...binding, profileId: 'p'.repeat(65) }],
    ['an empty username', { ...binding, username: '' }],
    ['a username over 254 characters', { ...binding, username: 'u'.repeat(255) }],
    ['a negative MFA key id', { ...binding, mfaKeyId: -1 }],
    ['a fractional MFA key id', { ...binding, mfaKeyId: 1.5 }],
    ['an unsafe MFA key id', { ...binding, mfaKeyId: 2 ** 53 }],
    ['an unknown enrolment state', { ...binding, enrolment: 'done' }],
    ['a negative tie time', { ...binding, tiedAt: -1 }],
    ['a fractional tie time', { ...binding, tiedAt: 0.5 }],
  ])('refuses a binding with %s as InvalidAccountError', async (_case, server) => {
    const { vault } = await createdVault();
    await expect(
      vault.addAccount(sampleInput({ server: server as ServerBinding })),
    ).rejects.toThrow(InvalidAccountError);
    const account = await vault.addAccount(sampleInput());
    await expect(
      vault.updateAccount(account.id, { server: server as ServerBinding }),
    ).rejects.toThrow(InvalidAccountError);
    expect(await vault.listAccounts()).toEqual([account]);
  });
});
