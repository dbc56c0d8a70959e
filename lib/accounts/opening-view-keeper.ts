// Keeps the popup's opening view (opening-view.ts) true to the vault. The rule: the view is gone
// before anything it shows can change, and drawn again once the change is done.
// - Every change to the accounts, the lock and erasing pass through the vault port this wraps: the
//   view is removed before the change starts, and redrawn after it (a moment later, once).
// - A drawing that a change overlapped is thrown away, not stored: it may have read the accounts
//   as they were.
// - Its codes reach OPENING_VIEW_AHEAD_MS ahead; an alarm redraws it before they run out while the
//   vault stays unlocked, and a background that starts anew redraws it after its first answer.
import { browser } from 'wxt/browser';
import { watchStored, removeStored, writeStored } from '../storage/stored-io';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../settings/settings-item';
import { generateCode, timeStep } from '../otp';
import type { VaultPort } from '../vault/vault-port';
import { toAccountSummary } from './account-view';
import { readFirstScreen } from './first-screen';
import { OPENING_VIEW_AHEAD_MS, openingViewItem, type CodeRun, type OpeningView } from './opening-view';

export const OPENING_VIEW_RENEW_ALARM = 'opening-view-renew';
/** When a drawn view is drawn again: well before its codes run out. */
export const OPENING_VIEW_RENEW_MS = 10 * 60_000;
/** A redraw waits this long, so a burst of changes (an import) draws once, and a popup's first paint never competes with it. */
export const OPENING_VIEW_REDRAW_DELAY_MS = 500;

export interface OpeningViewKeeperOptions {
  /** How many rows the popup's first screen has. */
  rows: number;
  now(): number;
  /** Called with what failed, by its error's name only; the view is a convenience, a failure costs speed only. */
  warn(what: string, error: unknown): void;
}

export interface OpeningViewKeeper<V extends VaultPort> {
  /** The vault port to hand everyone: the same vault, with the view kept in step with it. */
  vault: V;
  /** After any answered message: redraws a view that is missing or growing old (no-op while locked). */
  keepFresh(): void;
  /** Wire to browser.alarms.onAlarm; other alarms are ignored. */
  handleAlarm(alarm: { name: string }): Promise<void>;
}

/** The codes of `account` from the present time step to OPENING_VIEW_AHEAD_MS later. */
async function codeRun(account: Parameters<typeof generateCode>[0] & { id: string }, now: number): Promise<CodeRun> {
  const firstStep = timeStep(account.period, now);
  const steps = Math.ceil(OPENING_VIEW_AHEAD_MS / 1000 / account.period) + 1;
  const codes = await Promise.all(
    Array.from({ length: steps }, (_, i) => generateCode(account, (firstStep + i) * account.period * 1000)),
  );
  return { id: account.id, period: account.period, firstStep, codes };
}

/** The view of the vault's first screen at `now`. VaultLockedError when locked. */
export async function drawOpeningView(vault: Pick<VaultPort, 'listAccounts'>, rows: number, now: number): Promise<OpeningView> {
  const { accountSort, accounts, total } = await readFirstScreen(vault, rows);
  const codes = await Promise.all(accounts.filter((account) => account.type === 'totp').map((account) => codeRun(account, now)));
  return { accountSort, accounts: accounts.map(toAccountSummary), total, codes };
}

export function keepOpeningView<V extends VaultPort>(inner: V, options: OpeningViewKeeperOptions): OpeningViewKeeper<V> {
  /** Bumped when a change begins and when it ends: a drawing that saw it move is not stored. */
  let generation = 0;
  /** Changes, locks and erasings begun and not yet done: no drawing is stored while one runs. */
  let underWay = 0;
  /** False only when this background removed the view and has not stored one since. */
  let mayBeStored = true;
  /** When the view should be drawn again; 0 until this background has drawn one. */
  let renewAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function drop(): Promise<void> {
    generation += 1;
    renewAt = 0;
    if (!mayBeStored) return;
    mayBeStored = false;
    await removeStored(openingViewItem);
  }

  async function redraw(): Promise<void> {
    const started = generation;
    if ((await inner.getVaultState()) !== 'unlocked') {
      // Nothing to show until an unlock, which redraws it.
      if (generation === started) renewAt = Number.POSITIVE_INFINITY;
      return;
    }
    const now = options.now();
    const view = await drawOpeningView(inner, options.rows, now);
    // Checked and sent in one turn: a drop that follows is queued behind these, so it wins.
    if (generation !== started || underWay > 0) return;
    mayBeStored = true;
    renewAt = now + OPENING_VIEW_RENEW_MS;
    await Promise.all([writeStored(openingViewItem, view), browser.alarms.create(OPENING_VIEW_RENEW_ALARM, { when: renewAt })]);
  }

  /** Draws the view once things are quiet: each call moves the drawing back, and none runs during a change (whose end calls this again). */
  function redrawSoon(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (underWay > 0) return;
      redraw().catch((error: unknown) => options.warn('Drawing the popup’s first screen', error));
    }, OPENING_VIEW_REDRAW_DELAY_MS);
  }

  /** `change` runs with the view gone and none stored meanwhile; then a fresh one is drawn, whether it worked or not. */
  async function changing<T>(change: () => Promise<T>): Promise<T> {
    underWay += 1;
    try {
      await drop();
      return await change();
    } finally {
      underWay -= 1;
      generation += 1;
      redrawSoon();
    }
  }

  /**
   * Locking and erasing: the view and its renewal go first, and nothing is drawn after. The lock
   * matters more than the view: if the view cannot be removed first, the vault still locks, and the
   * view is removed after it (meanwhile no popup shows it: no idle-lock alarm is pending once the
   * vault is locked).
   */
  async function ending(end: () => Promise<void>): Promise<void> {
    underWay += 1;
    try {
      const [dropped] = await Promise.allSettled([drop(), browser.alarms.clear(OPENING_VIEW_RENEW_ALARM)]);
      await end();
      if (dropped.status === 'rejected') {
        mayBeStored = true;
        await drop();
      }
    } finally {
      underWay -= 1;
      generation += 1;
    }
  }

  // The order the first screen is drawn in is a setting: a view in another order is not shown
  // (snapshotAt), and a new one is drawn. The other settings do not touch it.
  const sortOf = (settings: Partial<Settings>) => settings.accountSort ?? DEFAULT_SETTINGS.accountSort;
  watchStored(settingsItem, (settings, previous) => {
    if (sortOf(settings) === sortOf(previous)) return;
    generation += 1;
    redrawSoon();
  });

  const vault: V = {
    ...inner,
    createVault: (passphrase) => changing(() => inner.createVault(passphrase)),
    unlockVault: (passphrase) => changing(() => inner.unlockVault(passphrase)),
    lockVault: () => ending(() => inner.lockVault()),
    addAccount: (fields) => changing(() => inner.addAccount(fields)),
    updateAccount: (id, patch) => changing(() => inner.updateAccount(id, patch)),
    advanceHotpCounter: (id) => changing(() => inner.advanceHotpCounter(id)),
    deleteAccount: (id) => changing(() => inner.deleteAccount(id)),
    restoreAccount: (deleted) => changing(() => inner.restoreAccount(deleted)),
    reorderAccounts: (ids) => changing(() => inner.reorderAccounts(ids)),
    applySyncedChanges: (version, change) => changing(() => inner.applySyncedChanges(version, change)),
    // Both put a key in place: adopting unlocks a vault as creating one does, and re-keying seals
    // every account again, so a drawing that overlaps it could read one key's records with the other.
    rekeyVault: (keyring, dataKey) => changing(() => inner.rekeyVault(keyring, dataKey)),
    adoptKeyringWhileUninitialised: (keyring, dataKey) => changing(() => inner.adoptKeyringWhileUninitialised(keyring, dataKey)),
    eraseVault: () => ending(() => inner.eraseVault()),
    // Passed through as they are: reads, the secret records, and keyrings that wrap the same key
    // (replaceKeyring, setPendingKeyring), none of which changes an account or the lock.
  };

  return {
    vault,
    keepFresh() {
      if (options.now() >= renewAt) redrawSoon();
    },
    async handleAlarm(alarm) {
      if (alarm.name === OPENING_VIEW_RENEW_ALARM) await redraw();
    },
  };
}
