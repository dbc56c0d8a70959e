// Two browsers and the browser's sync service between them (played by the test): turning sync on,
// joining, every kind of change travelling both ways, concurrent edits, passphrase changes, and
// synced data that cannot be trusted.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WrongPassphraseError } from '../../../lib/crypto/errors';
import { readStored } from '../../../lib/storage/stored-io';
import { syncStatusItem } from '../../../lib/sync/sync-items';
import { syncMessages } from '../../../lib/sync/sync-messages';
import { SYNC_AREA_LIMITS, syncItemBytes } from '../../../lib/storage/sync-area';
import { plural } from '../../../lib/i18n/t';
import { sampleInput } from '../vault/helpers';
import { accountsOf, as, cycle, deliver, join, newBrowser, turnOn, type TestBrowser } from './browsers-at-sync';

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'a whole new passphrase for every browser';
const seed = (byte: number) => new Uint8Array(20).fill(byte);

let a: TestBrowser;
let b: TestBrowser;
let clock = 1_800_000_000_000;
const later = () => (clock += 60_000);

beforeEach(() => {
  fakeBrowser.reset();
  a = newBrowser('a');
  b = newBrowser('b');
});

/** A syncs a vault with two accounts; B, without a vault, has joined it and caught up. */
async function twoBrowsers() {
  await as(a, async (vault) => {
    await vault.createVault(PASSPHRASE);
    await vault.addAccount(sampleInput({ issuer: 'GitHub', label: 'alice', secret: seed(1) }));
    await vault.addAccount(sampleInput({ type: 'hotp', issuer: 'Bank', label: 'alice', secret: seed(2), counter: 5 }));
  });
  await turnOn(a);
  await cycle(a, later());
  deliver(a, b);
  await join(b, PASSPHRASE);
  await cycle(b, later());
}

/** Both directions, twice: what the sync service does until nothing moves. */
async function settle() {
  for (let round = 0; round < 2; round += 1) {
    deliver(a, b);
    await cycle(b, later());
    deliver(b, a);
    await cycle(a, later());
  }
}

describe('two browsers syncing one vault', () => {
  it('a browser without a vault joins with the passphrase and gets every account, seed and counter', async () => {
    await twoBrowsers();
    const there = await accountsOf(a);
    expect(there.map((account) => account.name)).toEqual(['GitHub:alice', 'Bank:alice']);
    expect(await accountsOf(b)).toEqual(there);
  });

  it('a wrong passphrase joins nothing and changes nothing', async () => {
    await as(a, async (vault) => vault.createVault(PASSPHRASE));
    await turnOn(a);
    await cycle(a, later());
    deliver(a, b);
    await expect(join(b, 'not the passphrase at all, sorry')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await as(b, (vault) => vault.getVaultState())).toBe('uninitialised');
  });

  it('adds, edits, deletions, order and HOTP counters travel both ways and converge', async () => {
    await twoBrowsers();
    const [github, bank] = await accountsOf(a);
    await as(a, async (vault) => {
      await vault.addAccount(sampleInput({ issuer: 'Mail', label: 'alice', secret: seed(3) }));
      await vault.advanceHotpCounter(bank!.id);
    });
    await as(b, async (vault) => {
      await vault.updateAccount(github!.id, { label: 'alice@work', origins: ['https://github.com'] });
      await vault.advanceHotpCounter(bank!.id);
      await vault.advanceHotpCounter(bank!.id);
    });
    await cycle(a, later());
    await cycle(b, later());
    await settle();
    const onA = await accountsOf(a);
    expect(await accountsOf(b)).toEqual(onA);
    expect(onA.map((account) => account.name)).toEqual(['GitHub:alice@work', 'Bank:alice', 'Mail:alice']);
    // Counted on both: the higher count, so no code is ever generated twice.
    expect(onA[1]!.counter).toBe(7);

    await as(b, async (vault) => {
      await vault.deleteAccount(github!.id);
      await vault.reorderAccounts([onA[2]!.id, bank!.id]);
    });
    await cycle(b, later());
    await settle();
    expect((await accountsOf(a)).map((account) => account.name)).toEqual(['Mail:alice', 'Bank:alice']);
    expect(await accountsOf(b)).toEqual(await accountsOf(a));
  });

  it('of two concurrent edits the later wins on both; a deletion loses to a later edit and beats an earlier one', async () => {
    await twoBrowsers();
    const [github, bank] = await accountsOf(a);
    await as(a, (vault) => vault.updateAccount(github!.id, { label: 'edited on A' }));
    await cycle(a, later());
    await as(b, (vault) => vault.updateAccount(github!.id, { label: 'edited on B, later' }));
    await cycle(b, later());
    // Bank: deleted on A, edited on B later than that.
    await as(a, (vault) => vault.deleteAccount(bank!.id));
    await cycle(a, later());
    await as(b, (vault) => vault.updateAccount(bank!.id, { label: 'kept by a later edit' }));
    await cycle(b, later());
    await settle();
    expect((await accountsOf(a)).map((account) => account.name)).toEqual(['GitHub:edited on B, later', 'Bank:kept by a later edit']);
    expect(await accountsOf(b)).toEqual(await accountsOf(a));

    // Now edited on A first and deleted on B after: the deletion wins.
    await as(a, (vault) => vault.updateAccount(github!.id, { label: 'edited before the deletion' }));
    await cycle(a, later());
    await as(b, (vault) => vault.deleteAccount(github!.id));
    await cycle(b, later());
    await settle();
    expect((await accountsOf(a)).map((account) => account.name)).toEqual(['Bank:kept by a later edit']);
    expect(await accountsOf(b)).toEqual(await accountsOf(a));
  });

  it('an undo of a deletion brings the account back everywhere', async () => {
    await twoBrowsers();
    const [github] = await accountsOf(a);
    const deleted = await as(a, (vault) => vault.deleteAccount(github!.id));
    await cycle(a, later());
    await settle();
    expect((await accountsOf(b)).map((account) => account.id)).not.toContain(github!.id);
    await as(a, (vault) => vault.restoreAccount(deleted));
    await cycle(a, later());
    await settle();
    expect((await accountsOf(b)).map((account) => account.id)).toContain(github!.id);
  });

  it('a browser with its own vault merges it: its accounts join, a seed already synced is not added twice', async () => {
    await as(a, async (vault) => {
      await vault.createVault(PASSPHRASE);
      await vault.addAccount(sampleInput({ issuer: 'GitHub', label: 'alice', secret: seed(1) }));
    });
    await turnOn(a);
    await cycle(a, later());
    await as(b, async (vault) => {
      await vault.createVault('the passphrase of B before joining');
      await vault.addAccount(sampleInput({ issuer: 'GitHub', label: 'alice (copy)', secret: seed(1) }));
      await vault.addAccount(sampleInput({ issuer: 'Shop', label: 'bob', secret: seed(9) }));
    });
    deliver(a, b);
    await join(b, PASSPHRASE, 'merge');
    await cycle(b, later());
    await settle();
    expect((await accountsOf(a)).map((account) => account.name)).toEqual(['GitHub:alice', 'Shop:bob']);
    expect(await accountsOf(b)).toEqual(await accountsOf(a));
    // B's vault now opens with the synced vault's passphrase.
    await as(b, async (vault) => {
      await vault.lockVault();
      await expect(vault.unlockVault('the passphrase of B before joining')).rejects.toBeInstanceOf(WrongPassphraseError);
      await vault.unlockVault(PASSPHRASE);
    });
  });

  it('a browser that keeps its accounts apart keeps them, and only the synced ones travel', async () => {
    await as(a, async (vault) => {
      await vault.createVault(PASSPHRASE);
      await vault.addAccount(sampleInput({ issuer: 'GitHub', label: 'alice', secret: seed(1) }));
    });
    await turnOn(a);
    await cycle(a, later());
    await as(b, async (vault) => {
      await vault.createVault('the passphrase of B before joining');
      await vault.addAccount(sampleInput({ issuer: 'Private', label: 'bob', secret: seed(8) }));
    });
    deliver(a, b);
    await join(b, PASSPHRASE, 'keep-apart');
    await cycle(b, later());
    await settle();
    expect((await accountsOf(a)).map((account) => account.name)).toEqual(['GitHub:alice']);
    expect((await accountsOf(b)).map((account) => [account.name, account.localOnly ?? false])).toEqual([
      ['GitHub:alice', false],
      ['Private:bob', true],
    ]);
  });

  it('a passphrase changed on one browser is asked for on the other at its next unlock; an unlocked one goes on working', async () => {
    await twoBrowsers();
    await as(a, (vault) => vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE));
    await cycle(a, later());
    deliver(a, b);
    await cycle(b, later());
    // Still unlocked, still syncing.
    await as(b, (vault) => vault.addAccount(sampleInput({ issuer: 'After', label: 'change', secret: seed(4) })));
    await cycle(b, later());
    await settle();
    expect((await accountsOf(a)).map((account) => account.name)).toContain('After:change');
    await as(b, async (vault) => {
      await vault.lockVault();
      await expect(vault.unlockVault(PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
      await vault.unlockVault(NEW_PASSPHRASE);
    });
  });

  it('a locked browser takes the new passphrase at its next unlock', async () => {
    await twoBrowsers();
    await as(b, (vault) => vault.lockVault());
    await as(a, (vault) => vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE));
    await cycle(a, later());
    deliver(a, b);
    await cycle(b, later());
    await as(b, (vault) => vault.unlockVault(NEW_PASSPHRASE));
    expect((await accountsOf(b)).length).toBe(2);
  });
});

describe('synced data that cannot be trusted', () => {
  async function tamperedDelivery(change: (items: Record<string, unknown>) => void) {
    await twoBrowsers();
    const before = await accountsOf(b);
    await as(a, (vault) => vault.addAccount(sampleInput({ issuer: 'New', label: 'one', secret: seed(5) })));
    await cycle(a, later());
    deliver(a, b);
    change(b.areas.sync);
    await cycle(b, later());
    return { before, after: await accountsOf(b), status: await as(b, () => readStored(syncStatusItem)) };
  }

  it('a tampered item is skipped and reported; nothing here is lost', async () => {
    const { before, after, status } = await tamperedDelivery((items) => {
      for (const [key, value] of Object.entries(items)) {
        if (key === 'm' || typeof value !== 'string') continue;
        const flipped = value.slice(0, -8) + (value.at(-8) === 'A' ? 'B' : 'A') + value.slice(-7);
        items[key] = flipped;
      }
    });
    expect(after.map((account) => account.name)).toEqual(before.map((account) => account.name));
    expect(status.problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(status)).not.toMatch(/alice|GitHub/);
  });

  it('a newer format is left alone: nothing read, nothing written, local vault intact', async () => {
    const { before, after, status } = await tamperedDelivery((items) => {
      items.m = { ...(items.m as object), f: 2 };
    });
    expect(after).toEqual(before);
    expect(status.stoppedBy).toBe('meta-newer-format');
    expect((b.areas.sync.m as { f: number }).f).toBe(2);
  });

  it('a synced key below the KDF floor is refused', async () => {
    const { before, after, status } = await tamperedDelivery((items) => {
      const meta = items.m as { kdf: { iterations: number } };
      items.m = { ...meta, kdf: { ...meta.kdf, iterations: 1_000 } };
    });
    expect(after).toEqual(before);
    expect(status.stoppedBy).toBe('meta-weak-key');
  });

  it('a keyring not sealed by the data key is never adopted', async () => {
    await twoBrowsers();
    // Someone who can write the synced data but does not have the key swaps in another keyring.
    const other = newBrowser('other');
    await as(other, (vault) => vault.createVault('an attacker passphrase that is long'));
    const forged = await as(other, (vault) => vault.getKeyring());
    const meta = a.areas.sync.m as Record<string, unknown>;
    deliver(a, b);
    b.areas.sync.m = { ...meta, kdf: { ...(meta.kdf as object), salt: Buffer.from(forged.kdf.salt).toString('base64') }, key: { iv: Buffer.from(forged.wrappedKey.iv).toString('base64'), ct: Buffer.from(forged.wrappedKey.ciphertext).toString('base64') } };
    await cycle(b, later());
    await as(b, async (vault) => {
      await vault.lockVault();
      await expect(vault.unlockVault('an attacker passphrase that is long')).rejects.toBeInstanceOf(WrongPassphraseError);
      await vault.unlockVault(PASSPHRASE);
    });
  });
});

describe('past the browser’s sync space', () => {
  it('1,000 accounts with long names: what does not fit stays here, and Settings names it in one sentence', async () => {
    // Letters that deflate cannot shrink, as in names nobody shares: the hardest case for the space.
    let seed = 11;
    const letters = () => {
      let text = '';
      while (text.length < 48) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += String.fromCharCode(97 + (seed % 26));
      }
      return text;
    };
    const names = Array.from({ length: 1_000 }, (_, index) => ({ issuer: `Issuer ${index} ${letters()}`, label: `label ${index} ${letters()}` }));
    const long = (index: number, what: 'Issuer' | 'label') => (what === 'Issuer' ? names[index]!.issuer : names[index]!.label);
    await as(a, async (vault) => {
      await vault.createVault(PASSPHRASE);
      for (let index = 0; index < 1_000; index += 1) {
        const secret = new Uint8Array(20).map((_, at) => (index * 31 + at * 7) % 256);
        await vault.addAccount(sampleInput({ issuer: long(index, 'Issuer'), label: long(index, 'label'), secret }));
      }
    });
    await turnOn(a);
    await cycle(a, later());
    const view = await as(a, async (vault) => {
      const messages = syncMessages({ vault, syncNow: async () => undefined });
      return messages['sync.get'].handle({}, { kind: 'extension-page' } as never);
    });
    if (!view.on) throw new Error('sync should be on');
    // Every account stays in this browser's vault; what sync carries is within the quota.
    expect((await accountsOf(a)).length).toBe(1_000);
    const bytes = Object.entries(a.areas.sync).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);
    expect(bytes).toBeLessThanOrEqual(SYNC_AREA_LIMITS.quotaBytes);
    expect(view.notSynced).toBeGreaterThan(0);
    // The newest are the ones left out, named as the vault names them.
    expect(view.notSyncedNames).toContain(`${long(999, 'Issuer')} (${long(999, 'label')})`);
    expect(view.notSyncedNames).toHaveLength(view.notSynced);
    expect(plural('syncNotSynced', view.notSynced, { names: view.notSyncedNames.slice(0, 1).join(', ') })).toMatch(
      /^\d+ accounts are not synced: the browser's sync has no room left for them\. They stay in this browser: Issuer \d+ [a-z]+ \(label/,
    );
  });
});

describe('joining with accounts of one’s own', () => {
  it('a seed already synced keeps the higher HOTP counter of both, so no code is used twice', async () => {
    await as(a, async (vault) => {
      await vault.createVault(PASSPHRASE);
      await vault.addAccount(sampleInput({ type: 'hotp', issuer: 'Bank', label: 'alice', secret: seed(2), counter: 5 }));
    });
    await turnOn(a);
    await cycle(a, later());
    await as(b, async (vault) => {
      await vault.createVault('the passphrase of B before joining');
      await vault.addAccount(sampleInput({ type: 'hotp', issuer: 'Bank', label: 'alice on B', secret: seed(2), counter: 50 }));
    });
    deliver(a, b);
    await join(b, PASSPHRASE, 'merge');
    await cycle(b, later());
    await settle();
    const onA = await accountsOf(a);
    expect(onA.map((account) => [account.name, account.counter])).toEqual([['Bank:alice', 50]]);
    expect(await accountsOf(b)).toEqual(onA);
  });

  it('joining again and keeping apart leaves the synced accounts and their order alone, and settles', async () => {
    await twoBrowsers();
    const [github, bank] = await accountsOf(a);
    await as(a, (vault) => vault.reorderAccounts([bank!.id, github!.id]));
    await cycle(a, later());
    await settle();
    await as(b, async (vault) => {
      const { turnSyncOff } = await import('../../../lib/sync/sync-setup');
      await turnSyncOff();
      await vault.deleteAccount(github!.id);
    });
    deliver(a, b);
    await join(b, PASSPHRASE, 'keep-apart');
    await cycle(b, later());
    await settle();
    expect((await accountsOf(a)).map((account) => account.name)).toEqual(['Bank:alice', 'GitHub:alice']);
    // B keeps its own copy apart and gets the synced accounts: nothing lost on either side.
    const onB = await accountsOf(b);
    expect(onB.filter((account) => !account.localOnly).map((account) => account.id)).toEqual([bank!.id, github!.id]);
    expect(onB.filter((account) => account.localOnly).map((account) => account.name)).toEqual(['Bank:alice']);
    // Nothing left to write: another round changes no item.
    const before = structuredClone(b.areas.sync);
    await cycle(b, later());
    expect(b.areas.sync).toEqual(before);
  });
});

describe('the synced keyring over time', () => {
  it('an older keyring put back (an old passphrase) is never taken again, and the newer one is put back in its place', async () => {
    await twoBrowsers();
    const oldMeta = structuredClone(a.areas.sync.m);
    await as(a, (vault) => vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE));
    await cycle(a, later());
    await settle();
    // Someone who kept the earlier meta item writes it back.
    b.areas.sync.m = oldMeta;
    await cycle(b, later());
    await as(b, async (vault) => {
      await vault.lockVault();
      await expect(vault.unlockVault(PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
      await vault.unlockVault(NEW_PASSPHRASE);
    });
    expect((b.areas.sync.m as { g: number }).g).toBeGreaterThan((oldMeta as { g: number }).g);
  });
});

describe('synced data that is damaged', () => {
  const messagesOf = (vault: Parameters<typeof syncMessages>[0]['vault']) => syncMessages({ vault, syncNow: async () => undefined });
  const sender = { kind: 'extension-page' } as never;

  it('is said, and turning sync on replaces it with this vault; a newer release’s is never replaced', async () => {
    await as(a, (vault) => vault.createVault(PASSPHRASE));
    a.areas.sync = { m: { f: 1, vault: 'broken' }, b03: 'not a unit' };
    const view = await as(a, (vault) => messagesOf(vault)['sync.get'].handle({}, sender));
    expect(view).toMatchObject({ on: false, found: 'refused', replaceable: true, refused: expect.stringContaining('damaged') });
    await as(a, (vault) => messagesOf(vault)['sync.turnOn'].handle({}, sender));
    await cycle(a, later());
    expect(Object.keys(a.areas.sync)).not.toContain('b03');
    deliver(a, b);
    await join(b, PASSPHRASE);

    a.areas.sync = { m: { f: 2 } };
    await as(a, async (vault) => {
      const { turnSyncOff } = await import('../../../lib/sync/sync-setup');
      await turnSyncOff();
      expect(await messagesOf(vault)['sync.get'].handle({}, sender)).toMatchObject({ found: 'refused', replaceable: false });
      await expect(messagesOf(vault)['sync.turnOn'].handle({}, sender)).rejects.toThrow(/newer version/);
    });
    expect(a.areas.sync).toEqual({ m: { f: 2 } });
  });
});
