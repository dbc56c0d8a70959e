import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InvalidAccountError, VaultNotFoundError } from '../../../lib/vault/errors';
import { createVaultService, type VaultService } from '../../../lib/vault/vault-service';
import { createdVault, dumpAllStores, PASSPHRASE, sampleInput } from './helpers';

// One vault for the file (one PBKDF2 derivation); each test unlocks it again after the reset.
let vault: VaultService;
let dbName: string;

beforeAll(async () => {
  ({ vault, dbName } = await createdVault());
});

beforeEach(async () => {
  fakeBrowser.reset();
  // Unlocking is a derivation too; cheaper here would mean bypassing the API under test.
  await vault.unlockVault(PASSPHRASE);
  for (const account of await vault.listAccounts()) await vault.deleteAccount(account.id);
});

describe('vault accounts', () => {
  it('adds with a random id and creation time, and lists in insertion order', async () => {
    const first = await vault.addAccount(sampleInput({ label: 'first' }));
    const second = await vault.addAccount(sampleInput({ label: 'second', type: 'hotp' }));
    const third = await vault.addAccount(sampleInput({ label: 'third' }));

    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set([first.id, second.id, third.id]).size).toBe(3);
    expect(first.createdAt).toBeGreaterThan(0);
    expect((await vault.listAccounts()).map((account) => account.label)).toEqual([
      'first',
      'second',
      'third',
    ]);
    expect(await vault.getAccount(second.id)).toEqual(second);
  });

  it('ignores an id or createdAt smuggled into the input', async () => {
    const input = { ...sampleInput(), id: 'chosen', createdAt: 1 };
    const account = await vault.addAccount(input);
    expect(account.id).not.toBe('chosen');
    expect(account.createdAt).not.toBe(1);
  });

  it('updates fields but never id, createdAt or order', async () => {
    const first = await vault.addAccount(sampleInput({ label: 'first' }));
    const second = await vault.addAccount(sampleInput({ label: 'second', type: 'hotp' }));

    const updated = await vault.updateAccount(first.id, { label: 'renamed', issuer: undefined });
    expect(updated).toEqual({ ...first, label: 'renamed' });
    const counted = await vault.updateAccount(second.id, { counter: 7 });
    expect(counted.counter).toBe(7);

    expect(await vault.listAccounts()).toEqual([updated, counted]);
  });

  it('deletes, and reports a missing account as VaultNotFoundError', async () => {
    const account = await vault.addAccount(sampleInput());
    await vault.deleteAccount(account.id);
    expect(await vault.listAccounts()).toEqual([]);
    await expect(vault.getAccount(account.id)).rejects.toThrow(VaultNotFoundError);
    await expect(vault.updateAccount(account.id, { label: 'x' })).rejects.toThrow(
      VaultNotFoundError,
    );
    await expect(vault.deleteAccount(account.id)).rejects.toThrow(VaultNotFoundError);
  });

  it('refuses an invalid account and writes nothing', async () => {
    await expect(vault.addAccount(sampleInput({ secret: new Uint8Array() }))).rejects.toThrow(
      InvalidAccountError,
    );
    await expect(vault.addAccount(sampleInput({ digits: 0 }))).rejects.toThrow(InvalidAccountError);
    const account = await vault.addAccount(sampleInput());
    await expect(vault.updateAccount(account.id, { period: -1 })).rejects.toThrow(
      InvalidAccountError,
    );
    expect((await dumpAllStores(dbName)).accounts).toHaveLength(1);
    expect(await vault.getAccount(account.id)).toEqual(account);
  });

  it('hands out copies: mutating a returned account does not change the vault', async () => {
    const account = await vault.addAccount(sampleInput());
    const copy = await vault.getAccount(account.id);
    copy.secret[0] = 0;
    copy.label = 'mutated';
    expect(await vault.getAccount(account.id)).toEqual(account);
  });

  it('applies concurrent updates one after another, in call order', async () => {
    const account = await vault.addAccount(sampleInput({ type: 'hotp' }));
    await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        vault.updateAccount(account.id, { label: `label-${index}` }),
      ),
    );
    expect((await vault.getAccount(account.id)).label).toBe('label-4');
    expect((await vault.listAccounts()).length).toBe(1);
  });

  it('lists what is on disk, even when a list overlaps a write', async () => {
    const first = await vault.addAccount(sampleInput({ label: 'first' }));
    // A second instance (a restarted worker) must decrypt to list; its decryption is held until an
    // add has finished, so the list it read is older than the disk when it completes.
    const restarted = createVaultService({ dbName });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    const held = vi.spyOn(crypto.subtle, 'decrypt').mockImplementationOnce(async (...args) => {
      await gate;
      return decrypt(...args);
    });
    const overlapping = restarted.listAccounts();
    await vi.waitFor(() => expect(held).toHaveBeenCalled());
    const second = await restarted.addAccount(sampleInput({ label: 'second' }));
    release();
    expect((await overlapping).map((a) => a.id)).toEqual([first.id]);
    expect((await restarted.listAccounts()).map((a) => a.id)).toEqual([first.id, second.id]);
    held.mockRestore();
    await restarted.close();
  });

  it('keeps its list in step with its own writes, and hands out copies of it', async () => {
    const first = await vault.addAccount(sampleInput({ label: 'first' }));
    const second = await vault.addAccount(sampleInput({ label: 'second' }));
    await vault.listAccounts();
    await vault.updateAccount(first.id, { label: 'renamed' });
    await vault.deleteAccount(second.id);
    expect((await vault.listAccounts()).map((a) => a.label)).toEqual(['renamed']);
    const listed = await vault.listAccounts();
    listed[0]!.label = 'mutated';
    expect((await vault.listAccounts())[0]!.label).toBe('renamed');
  });
});
