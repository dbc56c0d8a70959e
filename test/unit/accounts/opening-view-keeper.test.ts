// The background keeps the popup's opening view true to the vault: gone before any change to the
// accounts, the lock or erasing, and drawn again (once, half a second later) when a change is done.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPENING_VIEW_REDRAW_DELAY_MS, OPENING_VIEW_RENEW_ALARM, OPENING_VIEW_RENEW_MS } from '../../../lib/accounts/opening-view-keeper';
import { generateCode, encodeBase32 } from '../../../lib/otp';
import { snapshotAt } from '../../../lib/accounts/opening-view';
import { updateSettings } from '../../../lib/settings/settings-store';
import type { DeletedAccount } from '../../../lib/vault/vault-port';
import { generateDataKey } from '../../../lib/crypto/aes-gcm';
import { newKdfParams } from '../../../lib/crypto/kdf';
import { wrapDataKey } from '../../../lib/vault/keyring';
import { PASSPHRASE, sampleInput, toHex } from '../vault/helpers';
import { keptVault, labels, NOW, redrawn, redrawTried, renewAlarm, storedView, turns, watchViews, type KeptVault } from './opening-view-keeper-harness';

let kept: KeptVault | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  // A drawing that failed costs speed only, but here nothing should fail.
  expect(kept?.warnings ?? []).toEqual([]);
  kept = undefined;
});

/** A seed of its own for each account, so none can be mistaken for another's. */
const seedOf = (label: string) => Uint8Array.from({ length: 20 }, (_, i) => (label.charCodeAt(i % label.length) * (i + 7)) & 0xff);

const ACCOUNTS = [
  ['Alpha', 'totp'],
  ['Bravo', 'totp'],
  ['Charlie', 'hotp'],
  ['Delta', 'totp'],
] as const;

/** An unlocked vault of four accounts (three fit the first screen), its view drawn. */
async function fourAccounts() {
  kept = keptVault({ rows: 3 });
  const views = watchViews();
  await kept.vault.createVault(PASSPHRASE);
  const ids: Record<string, string> = {};
  for (const [label, type] of ACCOUNTS) ids[label] = (await kept.vault.addAccount(sampleInput({ issuer: '', label, type, secret: seedOf(label) }))).id;
  expect(labels(await redrawn(views))).toEqual(['Alpha', 'Bravo', 'Charlie']);
  return { kept, views, ids: ids as Record<(typeof ACCOUNTS)[number][0], string> };
}

describe('the opening view of a new or unlocked vault', () => {
  it('is drawn half a second after the vault is created, not before', async () => {
    kept = keptVault();
    const views = watchViews();
    await kept.vault.createVault(PASSPHRASE);
    await vi.advanceTimersByTimeAsync(OPENING_VIEW_REDRAW_DELAY_MS - 1);
    await turns();
    expect(views).toEqual([]);
    expect(await redrawn(views)).toEqual({ accountSort: 'manual', accounts: [], total: 0, codes: [] });
    expect((await renewAlarm())?.scheduledTime).toBe(NOW + OPENING_VIEW_RENEW_MS);
  });

  it('is drawn half a second after a synced vault’s keyring is taken in, not before', async () => {
    kept = keptVault();
    const views = watchViews();
    const dataKey = generateDataKey();
    await kept.vault.adoptKeyringWhileUninitialised(await wrapDataKey('the synced passphrase', dataKey, newKdfParams(), NOW), dataKey);
    expect(kept.begun).toEqual([{ change: 'adoptKeyringWhileUninitialised', viewStored: false }]);
    await vi.advanceTimersByTimeAsync(OPENING_VIEW_REDRAW_DELAY_MS - 1);
    await turns();
    expect(views).toEqual([]);
    expect(await redrawn(views)).toEqual({ accountSort: 'manual', accounts: [], total: 0, codes: [] });
  });

  it('is drawn after an unlock, with the codes of the time it was drawn', async () => {
    const { kept, views, ids } = await fourAccounts();
    await kept.vault.lockVault();
    kept.clock.now = NOW + 3_600_000;
    await kept.vault.unlockVault(PASSPHRASE);
    expect(await storedView()).toBeUndefined();
    const view = await redrawn(views);
    expect(labels(view)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    const snapshot = snapshotAt(view!, 'manual', 15, kept.clock.now);
    const alpha = await kept.vault.getAccount(ids.Alpha);
    expect(snapshot?.codes?.find((code) => code.id === ids.Alpha)?.code).toBe(await generateCode(alpha, kept.clock.now));
  });
});

type Ids = Awaited<ReturnType<typeof fourAccounts>>['ids'];
type Vault = KeptVault['vault'];

/** A change to the accounts, what it needs done first, and what the redrawn view shows of it. */
const CHANGES: [string, { before?: (vault: Vault, ids: Ids) => Promise<unknown>; change: (vault: Vault, ids: Ids, prepared: unknown) => Promise<unknown>; shows: { labels: string[]; total: number } }][] = [
  ['adding an account', { change: (vault) => vault.addAccount(sampleInput({ issuer: '', label: 'Echo' })), shows: { labels: ['Alpha', 'Bravo', 'Charlie'], total: 5 } }],
  ['renaming an account', { change: (vault, ids) => vault.updateAccount(ids.Bravo, { label: 'Bravo 2' }), shows: { labels: ['Alpha', 'Bravo 2', 'Charlie'], total: 4 } }],
  ['pinning an account', { change: (vault, ids) => vault.updateAccount(ids.Delta, { pinned: true }), shows: { labels: ['Delta', 'Alpha', 'Bravo'], total: 4 } }],
  ['deleting an account', { change: (vault, ids) => vault.deleteAccount(ids.Alpha), shows: { labels: ['Bravo', 'Charlie', 'Delta'], total: 3 } }],
  [
    'restoring a deleted account',
    {
      before: (vault, ids) => vault.deleteAccount(ids.Alpha),
      change: (vault, _ids, deleted) => vault.restoreAccount(deleted as DeletedAccount),
      shows: { labels: ['Alpha', 'Bravo', 'Charlie'], total: 4 },
    },
  ],
  ['reordering the accounts', { change: (vault, ids) => vault.reorderAccounts([ids.Delta, ids.Charlie, ids.Bravo, ids.Alpha]), shows: { labels: ['Delta', 'Charlie', 'Bravo'], total: 4 } }],
  ['using a counter-based code', { change: (vault, ids) => vault.advanceHotpCounter(ids.Charlie), shows: { labels: ['Alpha', 'Bravo', 'Charlie'], total: 4 } }],
  [
    'applying changes from other browsers',
    {
      change: async (vault, ids) => {
        const { version } = await vault.readAccountsForSync();
        return vault.applySyncedChanges(version, { put: [], remove: [ids.Bravo], order: [ids.Charlie, ids.Alpha, ids.Delta] });
      },
      shows: { labels: ['Charlie', 'Alpha', 'Delta'], total: 3 },
    },
  ],
  [
    'joining a synced vault',
    {
      change: async (vault) => {
        const dataKey = generateDataKey();
        return vault.rekeyVault(await wrapDataKey('the synced passphrase', dataKey, newKdfParams(), NOW), dataKey);
      },
      shows: { labels: ['Alpha', 'Bravo', 'Charlie'], total: 4 },
    },
  ],
];

describe('a change to the accounts', () => {
  it.each(CHANGES)('%s: the view is gone before the change begins and drawn anew, showing it, after the delay', async (_what, { before, change, shows }) => {
    const { kept, views, ids } = await fourAccounts();
    let prepared: unknown;
    if (before) {
      prepared = await before(kept.vault, ids);
      await redrawn(views);
    }
    expect(await storedView()).toBeDefined();
    kept.begun.length = 0;

    await change(kept.vault, ids, prepared);
    expect(kept.begun).toEqual([{ change: expect.any(String), viewStored: false }]);
    expect(await storedView()).toBeUndefined();

    await vi.advanceTimersByTimeAsync(OPENING_VIEW_REDRAW_DELAY_MS - 1);
    await turns();
    expect(await storedView()).toBeUndefined();
    const view = await redrawn(views);
    expect({ labels: labels(view), total: view?.total }).toEqual(shows);
  });

  it('shows the counter a counter-based row has moved to', async () => {
    const { kept, views, ids } = await fourAccounts();
    await kept.vault.advanceHotpCounter(ids.Charlie);
    const view = await redrawn(views);
    expect(view?.accounts.find((account) => account.id === ids.Charlie)?.counter).toBe(1);
  });

  it('that fails still draws the view again', async () => {
    const { kept, views, ids } = await fourAccounts();
    await expect(kept.vault.reorderAccounts([ids.Alpha])).rejects.toMatchObject({ name: 'InvalidOrderError' });
    expect(await storedView()).toBeUndefined();
    expect(labels(await redrawn(views))).toEqual(['Alpha', 'Bravo', 'Charlie']);
  });
});

describe('locking the vault', () => {
  it('removes the view and its renew alarm before the lock, and nothing draws it while locked', async () => {
    const { kept, views } = await fourAccounts();
    kept.begun.length = 0;
    await kept.vault.lockVault();
    expect(kept.begun).toEqual([{ change: 'lockVault', viewStored: false }]);
    expect(await storedView()).toBeUndefined();
    expect(await renewAlarm()).toBeUndefined();
    const written = views.length;

    // Everything that would draw it while unlocked.
    kept.keepFresh();
    await redrawTried(kept);
    await kept.handleAlarm({ name: OPENING_VIEW_RENEW_ALARM });
    await updateSettings({ accountSort: 'name' });
    await redrawTried(kept);
    kept.clock.now += OPENING_VIEW_RENEW_MS;
    kept.keepFresh();
    await vi.advanceTimersByTimeAsync(10 * OPENING_VIEW_REDRAW_DELAY_MS);
    await turns();

    expect(views.length).toBe(written);
    expect(await storedView()).toBeUndefined();
    expect(await renewAlarm()).toBeUndefined();
  });
});

describe('erasing everything', () => {
  it('removes the view and its renew alarm first, and nothing draws it afterwards', async () => {
    const { kept, views } = await fourAccounts();
    kept.begun.length = 0;
    await kept.vault.eraseVault();
    expect(kept.begun).toEqual([{ change: 'eraseVault', viewStored: false }]);
    expect(await renewAlarm()).toBeUndefined();
    const written = views.length;
    kept.keepFresh();
    await redrawTried(kept);
    expect(views.length).toBe(written);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('what the view holds', () => {
  it('is codes for the time-based rows only, and never a seed', async () => {
    const { ids } = await fourAccounts();
    const stored = (await fakeBrowser.storage.session.get('openingView')).openingView as Record<string, unknown>;
    const text = JSON.stringify(stored);
    expect(text).not.toMatch(/"(secret|createdAt|server)"/u);
    for (const [label] of ACCOUNTS) {
      const seed = seedOf(label);
      for (const form of [encodeBase32(seed), toHex(seed), Buffer.from(seed).toString('base64'), JSON.stringify([...seed]).slice(1, -1)]) {
        expect(text.toLowerCase(), `${label}'s seed`).not.toContain(form.toLowerCase().replace(/=+$/u, ''));
      }
    }
    const runs = stored.codes as { id: string; codes: string[] }[];
    expect(runs.map((run) => run.id)).toEqual([ids.Alpha, ids.Bravo]);
    expect(runs.every((run) => run.codes.every((code) => /^\d{6}$/u.test(code)))).toBe(true);
  });
});
