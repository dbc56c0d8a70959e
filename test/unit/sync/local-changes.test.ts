// Between the vault and the synced state: what the user did here becomes local edits, and what
// the merged state holds becomes one change of the vault.
import { describe, expect, it } from 'vitest';
import { sameSyncedFields, syncedFieldsOf, vaultCatchUp, withLocalChanges } from '../../../lib/sync/local-changes';
import { mergeStates } from '../../../lib/sync/merge';
import { EMPTY_STATE, isTombstone, type ReplicaState } from '../../../lib/sync/replica-state';
import { liveAccountsInOrder } from '../../../lib/sync/synced-view';
import type { StoredAccount } from '../../../lib/vault/vault-port';

const NOW = 1_800_000_000_000;

const account = (id: string, changes: Partial<StoredAccount> = {}): StoredAccount => ({
  id,
  type: 'totp',
  issuer: 'Acme',
  label: `${id}@example.com`,
  secret: new Uint8Array([1, 2, 3, id.charCodeAt(0)]),
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  createdAt: id.charCodeAt(0),
  ...changes,
});

const ids = (state: ReplicaState) => liveAccountsInOrder(state).map((entry) => entry.id);
const agreed = (vault: StoredAccount[]) => withLocalChanges(EMPTY_STATE, vault, 'here', NOW);

describe('what the user did here', () => {
  it('an account added or edited is written with a revision of this browser at least as late as now', () => {
    const base = agreed([account('a')]);
    const state = withLocalChanges(base, [account('a', { label: 'renamed' }), account('b')], 'here', NOW + 5);
    expect(state.accounts.get('a')!.rev).toEqual({ clock: NOW + 5, replica: 'here' });
    expect(state.accounts.get('b')!.rev.clock).toBeGreaterThan(NOW + 5);
    expect(ids(state)).toEqual(['a', 'b']);
  });

  it('nothing changed gives the very same state', () => {
    const vault = [account('a'), account('b', { lastUsedAt: 5 })];
    const base = agreed(vault);
    // Using a code changes lastUsedAt only, which stays in this browser.
    expect(withLocalChanges(base, [vault[0]!, { ...vault[1]!, lastUsedAt: 99 }], 'here', NOW + 10)).toBe(base);
  });

  it('an account gone from the vault is a deletion; one kept here only is not', () => {
    const base = agreed([account('a'), account('b')]);
    const state = withLocalChanges(base, [account('b', { localOnly: true })], 'here', NOW + 1);
    expect(isTombstone(state.accounts.get('a')!)).toBe(true);
    expect(isTombstone(state.accounts.get('b')!)).toBe(false);
  });

  it('a counter moved on is counted without a revision, so it never beats an edit', () => {
    const base = agreed([account('h', { type: 'hotp', counter: 3 })]);
    const state = withLocalChanges(base, [account('h', { type: 'hotp', counter: 7 })], 'here', NOW + 1);
    expect(state.accounts.get('h')!.hotpCounter).toBe(7);
    expect(state.accounts.get('h')!.rev).toEqual(base.accounts.get('h')!.rev);
  });

  it('a new order is one write of the whole list', () => {
    const base = agreed([account('a'), account('b'), account('c')]);
    const state = withLocalChanges(base, [account('c'), account('a'), account('b')], 'here', NOW + 1);
    expect(ids(state)).toEqual(['c', 'a', 'b']);
    expect(state.order!.rev.replica).toBe('here');
  });

  it('accounts kept here only never travel', () => {
    const state = agreed([account('a'), account('p', { localOnly: true })]);
    expect([...state.accounts.keys()]).toEqual(['a']);
  });
});

describe('what the vault must do to show the merged state', () => {
  it('writes what other browsers added or edited, removes what they deleted, keeps its own use times', () => {
    const here = [account('a', { lastUsedAt: 42 }), account('b'), account('p', { localOnly: true })];
    const base = agreed(here);
    const elsewhere = withLocalChanges(base, [account('a', { label: 'renamed' }), account('c')], 'there', NOW + 10);
    const change = vaultCatchUp(mergeStates(base, elsewhere), here);
    expect(change.put.map((put) => [put.id, put.label, put.lastUsedAt])).toEqual([
      ['a', 'renamed', 42],
      ['c', 'c@example.com', undefined],
    ]);
    expect(change.remove).toEqual(['b']);
    // The synced order, then what stays here only.
    expect(change.order).toEqual(['a', 'c', 'p']);
  });

  it('asks for nothing when the vault already shows it', () => {
    const here = [account('a'), account('b')];
    expect(vaultCatchUp(agreed(here), here)).toEqual({ put: [], remove: [] });
  });

  it('never moves a counter back: the higher of the vault and the synced one', () => {
    const base = agreed([account('h', { type: 'hotp', counter: 9 })]);
    const change = vaultCatchUp(base, [account('h', { type: 'hotp', counter: 12 })]);
    expect(change.put).toEqual([]);
    const ahead = withLocalChanges(base, [account('h', { type: 'hotp', counter: 15 })], 'there', NOW);
    expect(vaultCatchUp(ahead, [account('h', { type: 'hotp', counter: 12 })]).put[0]!.counter).toBe(15);
  });
});

describe('fields', () => {
  it('are compared whatever the order of their keys and however the seed is held', () => {
    const fields = syncedFieldsOf(account('a', { origins: ['https://a.example'] }));
    const reordered = Object.fromEntries(Object.entries(fields).reverse()) as typeof fields;
    expect(sameSyncedFields(fields, { ...reordered, secret: Uint8Array.from(fields.secret) })).toBe(true);
    expect(sameSyncedFields(fields, { ...fields, origins: ['https://b.example'] })).toBe(false);
  });
});
