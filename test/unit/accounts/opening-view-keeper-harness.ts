// A vault as the background holds it: the real vault over fake IndexedDB, behind the keeper of the
// popup's opening view. Around the real vault, a thin layer that notes whether a view was stored
// when each change began, and can hold a call back to let the test act in the middle of it.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openingViewItem, type OpeningView } from '../../../lib/accounts/opening-view';
import { keepOpeningView, OPENING_VIEW_REDRAW_DELAY_MS, OPENING_VIEW_RENEW_ALARM } from '../../../lib/accounts/opening-view-keeper';
import { readStored } from '../../../lib/storage/stored-io';
import { createVaultService, type VaultService } from '../../../lib/vault/vault-service';
import { uniqueDbName } from '../vault/helpers';

export const NOW = 1_700_000_000_000;

/** What the keeper wraps: the calls that change what the first screen shows, or whether it may be shown. */
const CHANGES = [
  'createVault',
  'unlockVault',
  'lockVault',
  'addAccount',
  'updateAccount',
  'advanceHotpCounter',
  'deleteAccount',
  'restoreAccount',
  'reorderAccounts',
  'applySyncedChanges',
  'rekeyVault',
  'adoptKeyringWhileUninitialised',
  'eraseVault',
] as const;
type Held = (typeof CHANGES)[number] | 'listAccounts';

export interface Gate {
  promise: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Every view written to storage.session, in order (removals are not listed). */
export function watchViews(): OpeningView[] {
  const views: OpeningView[] = [];
  fakeBrowser.storage.session.onChanged.addListener((changes) => {
    const written = changes[openingViewItem.key]?.newValue;
    if (written) views.push(written as OpeningView);
  });
  return views;
}

export const storedView = (): Promise<OpeningView | undefined> => readStored(openingViewItem);
export const renewAlarm = () => fakeBrowser.alarms.get(OPENING_VIEW_RENEW_ALARM);
export const labels = (view: OpeningView | undefined) => view?.accounts.map((account) => account.label);

/** A few turns of the event loop (IndexedDB and WebCrypto answer in later tasks). */
export async function turns(count = 20): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

export function keptVault({ dbName = uniqueDbName(), rows = 3 } = {}) {
  const real = createVaultService({ dbName });
  const clock = { now: NOW };
  const warnings: string[] = [];
  /** Each change as it reached the vault, with whether a view was stored at that moment. */
  const begun: { change: string; viewStored: boolean }[] = [];
  /** How many times the vault's state was read, and the accounts listed. */
  const reads = { states: 0, lists: 0 };
  const holds = new Map<Held, Gate>();
  const held = async (name: Held) => {
    const hold = holds.get(name);
    holds.delete(name);
    if (hold) await hold.promise;
  };

  const inner: VaultService = {
    ...real,
    async getVaultState() {
      const state = await real.getVaultState();
      reads.states += 1;
      return state;
    },
    async listAccounts() {
      // Read first, then held: what it returns is the list as it was when asked for.
      const list = await real.listAccounts();
      reads.lists += 1;
      await held('listAccounts');
      return list;
    },
  };
  for (const name of CHANGES) {
    const original = real[name] as (...args: unknown[]) => Promise<unknown>;
    (inner as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      begun.push({ change: name, viewStored: (await storedView()) !== undefined });
      await held(name);
      return original(...args);
    };
  }

  const keeper = keepOpeningView(inner, {
    rows,
    now: () => clock.now,
    warn: (what, error) => warnings.push(`${what}: ${(error as Error).name}`),
  });

  return {
    ...keeper,
    real,
    clock,
    warnings,
    begun,
    reads,
    /** The next call of `name` waits until the returned gate opens. */
    hold(name: Held): Gate {
      const hold = gate();
      holds.set(name, hold);
      return hold;
    },
  };
}

export type KeptVault = ReturnType<typeof keptVault>;

/** Lets the redraw delay pass and waits for the view it draws; that view. */
export async function redrawn(views: unknown[]): Promise<OpeningView | undefined> {
  const written = views.length;
  await vi.advanceTimersByTimeAsync(OPENING_VIEW_REDRAW_DELAY_MS);
  await vi.waitFor(() => {
    if (views.length === written) throw new Error('no view drawn yet');
  });
  // The renew alarm is set just after the view is stored.
  await turns();
  return storedView();
}

/** Lets the redraw delay pass and waits until a redraw has read the vault's state (and stopped there, if locked). */
export async function redrawTried(kept: KeptVault): Promise<void> {
  const states = kept.reads.states;
  await vi.advanceTimersByTimeAsync(OPENING_VIEW_REDRAW_DELAY_MS);
  // A keeper that tries no redraw at all draws nothing either: waiting ends without failing.
  await vi
    .waitFor(() => {
      if (kept.reads.states === states) throw new Error('no redraw yet');
    })
    .catch(() => undefined);
  await turns();
}
