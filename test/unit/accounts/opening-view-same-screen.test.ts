// The popup paints the kept screen first and then hears the background's answer: it repaints only
// when the answer shows something else. Codes alone never count (a step may end between the two).
import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../lib/accounts/account-view';
import type { PopupSnapshot } from '../../../lib/accounts/popup-messages';
import { sameFirstScreen } from '../../../lib/ui/popup-opening';

const row = (id: string, label = id): AccountSummary => ({
  id,
  type: 'totp',
  issuer: 'Acme',
  label,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  origins: [],
});

const KEPT: PopupSnapshot = {
  status: { state: 'unlocked', autoLockMinutes: 15 },
  accounts: [row('a'), row('b'), row('c')],
  total: 5,
  codes: [
    { id: 'a', code: '111111', validUntil: 1_700_000_010_000 },
    { id: 'b', code: '222222', validUntil: 1_700_000_010_000 },
    { id: 'c', code: '333333', validUntil: 1_700_000_010_000 },
  ],
  accountSort: 'manual',
};

/** The kept screen with some parts answered otherwise; each copy is its own, so nothing is shared. */
const answer = (changes: Partial<PopupSnapshot>): PopupSnapshot => ({ ...structuredClone(KEPT), ...changes });

describe('the background’s answer shows the same first screen', () => {
  it('when it is the kept screen itself', () => {
    expect(sameFirstScreen(KEPT, answer({}))).toBe(true);
  });

  it('when the kept screen comes back from storage with its keys in another order, as Chrome sorts them', () => {
    const sortedKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortedKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, inner]) => [key, sortedKeys(inner)]))
          : value;
    const used = { accounts: [{ ...row('a'), pinned: true as const, lastUsedAt: 1_700_000_000_000 }, row('b'), row('c')] };
    const kept = sortedKeys(answer(used)) as PopupSnapshot;
    expect(JSON.stringify(kept.accounts)).not.toBe(JSON.stringify(used.accounts));
    expect(sameFirstScreen(kept, answer(used))).toBe(true);
  });

  it('when only the codes differ, as after the end of a time step', () => {
    const codes = KEPT.codes!.map((code) => ({ ...code, code: '999999', validUntil: code.validUntil + 30_000 }));
    expect(sameFirstScreen(KEPT, answer({ codes }))).toBe(true);
  });
});

describe('the background’s answer shows another first screen', () => {
  it.each<[string, Partial<PopupSnapshot>]>([
    ['a renamed row', { accounts: [row('a'), row('b', 'renamed'), row('c')] }],
    ['a deleted row', { accounts: [row('a'), row('c')], total: 4 }],
    ['a row in another place', { accounts: [row('b'), row('a'), row('c')] }],
    ['a pinned row', { accounts: [{ ...row('a'), pinned: true }, row('b'), row('c')] }],
    ['another row count in all', { total: 6 }],
    ['another order chosen', { accountSort: 'name' }],
    ['a locked vault', { status: { state: 'locked', autoLockMinutes: 15 }, accounts: undefined, total: undefined, codes: undefined, accountSort: undefined }],
    ['the same rows, but locked', { status: { state: 'locked', autoLockMinutes: 15 } }],
    ['another idle delay', { status: { state: 'unlocked', autoLockMinutes: 5 } }],
  ])('when it has %s', (_what, changes) => {
    expect(sameFirstScreen(KEPT, answer(changes))).toBe(false);
  });
});
