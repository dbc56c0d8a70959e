// The kept view is read back as input: memory another part of the extension could have written
// badly. Anything that is not a whole, well-formed view reads as "no view", so the popup asks.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openingViewItem, type OpeningView } from '../../../lib/accounts/opening-view';
import { drawOpeningView } from '../../../lib/accounts/opening-view-keeper';
import { readStoredEarly } from '../../../lib/storage/early-read';
import { readStored, writeStored } from '../../../lib/storage/stored-io';
import { storedAccount } from './opening-view-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

async function goodView(): Promise<OpeningView> {
  const accounts = [storedAccount({ id: 'a', origins: ['https://a.example'] }), storedAccount({ id: 'b', type: 'hotp' })];
  return drawOpeningView({ listAccounts: async () => accounts }, 8, 1_700_000_000_000);
}

/** The good view with one part changed, as plain JSON (what storage holds). */
type Damage = (view: Record<string, unknown>) => unknown;
const withAccount = (change: (account: Record<string, unknown>) => void): Damage => (view) => {
  change((view.accounts as Record<string, unknown>[])[0]!);
  return view;
};
const withRun = (change: (run: Record<string, unknown>) => void): Damage => (view) => {
  change((view.codes as Record<string, unknown>[])[0]!);
  return view;
};

const DAMAGED: [string, Damage][] = [
  ['a string', () => 'openingView'],
  ['null', () => null],
  ['an array', (view) => [view]],
  ['no order', (view) => ({ ...view, accountSort: undefined })],
  ['an unknown order', (view) => ({ ...view, accountSort: 'newest' })],
  ['no accounts', (view) => ({ ...view, accounts: undefined })],
  ['accounts that are not a list', (view) => ({ ...view, accounts: { 0: (view.accounts as unknown[])[0] } })],
  ['no total', (view) => ({ ...view, total: undefined })],
  ['a total below the rows shown', (view) => ({ ...view, total: 1 })],
  ['a negative total', (view) => ({ ...view, total: -2 })],
  ['a fractional total', (view) => ({ ...view, total: 2.5 })],
  ['a total written as text', (view) => ({ ...view, total: '2' })],
  ['no code runs', (view) => ({ ...view, codes: undefined })],
  ['an account without an id', withAccount((account) => delete account.id)],
  ['an account without a name', withAccount((account) => delete account.label)],
  ['an account of an unknown type', withAccount((account) => (account.type = 'steam'))],
  ['an account whose digits are text', withAccount((account) => (account.digits = '6'))],
  ['an account whose sites are not text', withAccount((account) => (account.origins = [42]))],
  ['an account that is null', (view) => ({ ...view, accounts: [null] })],
  ['a run without an id', withRun((run) => delete run.id)],
  ['a run of period 0', withRun((run) => (run.period = 0))],
  ['a run starting at a negative step', withRun((run) => (run.firstStep = -1))],
  ['a run starting at a fractional step', withRun((run) => (run.firstStep = 1.5))],
  ['a run whose codes are numbers', withRun((run) => (run.codes = (run.codes as string[]).map(Number)))],
  ['a run with one code missing its text', withRun((run) => (run.codes = [...(run.codes as string[]).slice(1), null]))],
  ['a run whose codes are one string', withRun((run) => (run.codes = (run.codes as string[]).join('')))],
];

describe('a damaged opening view', () => {
  it.each(DAMAGED)('with %s reads as none in the background, which removes it', async (_what, damage) => {
    const value = damage(JSON.parse(JSON.stringify(await goodView())) as Record<string, unknown>);
    await fakeBrowser.storage.session.set({ openingView: value });
    expect(await readStored(openingViewItem)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it.each(DAMAGED)('with %s reads as none in the popup’s first script', async (_what, damage) => {
    const value = damage(JSON.parse(JSON.stringify(await goodView())) as Record<string, unknown>);
    await fakeBrowser.storage.session.set({ openingView: value });
    expect(await readStoredEarly(fakeBrowser, openingViewItem)).toBeUndefined();
  });
});

describe('a good opening view', () => {
  it('reads back as it was written, in the background and in the popup’s first script', async () => {
    const view = await goodView();
    await writeStored(openingViewItem, view);
    expect(await readStored(openingViewItem)).toEqual(view);
    expect(await readStoredEarly(fakeBrowser, openingViewItem)).toEqual(view);
    // Version 1 is stored raw, with nothing beside it.
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['openingView']);
  });

  it('reads as none when nothing is kept', async () => {
    expect(await readStored(openingViewItem)).toBeUndefined();
    expect(await readStoredEarly(fakeBrowser, openingViewItem)).toBeUndefined();
  });
});
