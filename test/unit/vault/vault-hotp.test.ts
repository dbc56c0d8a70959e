// HOTP counters: each code must use a counter no other code has used, even when requests race.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  NotHotpAccountError,
  VaultLockedError,
  VaultNotFoundError,
} from '../../../lib/vault/errors';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, dumpAllStores, sampleInput } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('advanceHotpCounter', () => {
  it('hands each of 5 concurrent callers a different counter and stores the next one', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput({ type: 'hotp', counter: 0 }));

    const results = await Promise.all(
      Array.from({ length: 5 }, () => vault.advanceHotpCounter(account.id)),
    );

    const counters = results.map((result) => result.counter);
    expect(new Set(counters)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(counters).toHaveLength(5);
    // Apart from the counter, each caller sees the account as it is.
    for (const result of results) expect({ ...result, counter: 0 }).toEqual(account);
    expect((await vault.getAccount(account.id)).counter).toBe(5);
    // A restarted worker reads the counter from disk, not from the old instance's cache.
    expect((await createVaultService({ dbName }).getAccount(account.id)).counter).toBe(5);
  });

  it('returns the counter before the increment, from wherever it stands', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput({ type: 'hotp', counter: 41 }));
    expect((await vault.advanceHotpCounter(account.id)).counter).toBe(41);

    const restarted = createVaultService({ dbName });
    expect((await restarted.advanceHotpCounter(account.id)).counter).toBe(42);
    expect((await vault.getAccount(account.id)).counter).toBe(43);
  });

  it('hands out a copy: mutating the result does not change the vault', async () => {
    const { vault } = await createdVault();
    const account = await vault.addAccount(sampleInput({ type: 'hotp' }));
    const result = await vault.advanceHotpCounter(account.id);
    result.secret.fill(0);
    expect((await vault.getAccount(account.id)).secret).toEqual(account.secret);
  });

  it('refuses a TOTP account with NotHotpAccountError and writes nothing', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput({ type: 'totp' }));
    const before = await dumpAllStores(dbName);

    const error = await vault.advanceHotpCounter(account.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotHotpAccountError);
    expect(error).toMatchObject({
      name: 'NotHotpAccountError',
      message: 'This account has time-based codes, not a counter.',
    });
    expect(await dumpAllStores(dbName)).toEqual(before);
  });

  it('reports a missing account and a locked vault with the usual errors', async () => {
    const { vault } = await createdVault();
    await expect(vault.advanceHotpCounter('no-such-id')).rejects.toThrow(VaultNotFoundError);
    const account = await vault.addAccount(sampleInput({ type: 'hotp' }));
    await vault.lockVault();
    await expect(vault.advanceHotpCounter(account.id)).rejects.toThrow(VaultLockedError);
  });
});
