import { describe, expect, it } from 'vitest';
import { accountCollator, orderAccounts, type OrderFacts } from '../../../lib/accounts/account-order';

type Row = OrderFacts & { id: string };
const row = (id: string, issuer: string, label: string, facts: Partial<OrderFacts> = {}): Row => ({ id, issuer, label, ...facts });
const ids = (rows: Row[]) => rows.map((r) => r.id);
const en = accountCollator('en');
const de = accountCollator('de');

describe('the popup\'s order: pinned first, then the chosen order', () => {
  const manual = [
    row('a', 'Zebra', 'zed'),
    row('b', 'Bank', 'carol', { pinned: true }),
    row('c', 'Apple', 'alice'),
    row('d', 'Mail', 'dave', { pinned: true }),
  ];

  it('manual: the stored order, the pinned ones first in theirs', () => {
    expect(ids(orderAccounts(manual, 'manual', en))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('manual with nothing pinned: the list as it is', () => {
    const plain = manual.map(({ pinned: _p, ...rest }) => rest);
    expect(ids(orderAccounts(plain, 'manual', en))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('A–Z: the pinned ones by name, then the others by name', () => {
    expect(ids(orderAccounts(manual, 'name', en))).toEqual(['b', 'd', 'c', 'a']);
  });

  it('does not change the list it is given', () => {
    orderAccounts(manual, 'name', en);
    expect(ids(manual)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('A–Z', () => {
  it('sorts by issuer, then by account name', () => {
    const rows = [row('1', 'GitHub', 'zoe'), row('2', 'Bank', 'x'), row('3', 'GitHub', 'alice')];
    expect(ids(orderAccounts(rows, 'name', en))).toEqual(['2', '3', '1']);
  });

  it('knows an account without an issuer by its name', () => {
    const rows = [row('1', 'Mail', 'a'), row('2', '', 'carol@example.com'), row('3', 'Bank', 'z')];
    expect(ids(orderAccounts(rows, 'name', en))).toEqual(['3', '2', '1']);
  });

  it.each([
    ['en', en],
    ['de', de],
  ])('collates as the language does (%s), not by code point: case and umlauts sort with their letters', (_lang, collator) => {
    const rows = [row('z', 'Zoll', ''), row('o', 'Österreich Bank', ''), row('a', 'ärzte.de', ''), row('b', 'bund', ''), row('A', 'Amazon', '')];
    // Code point order would put every lower-case and accented name after "Zoll".
    expect(ids(orderAccounts(rows, 'name', collator))).toEqual(['A', 'a', 'b', 'o', 'z']);
  });

  it('sorts numbers in names by their value', () => {
    const rows = [row('10', 'Server 10', ''), row('2', 'Server 2', ''), row('1', 'Server 1', '')];
    expect(ids(orderAccounts(rows, 'name', en))).toEqual(['1', '2', '10']);
  });

  it('leaves accounts of the same name in the manual order', () => {
    const rows = [row('x', 'Bank', 'carol'), row('y', 'Bank', 'carol'), row('w', 'Apple', 'carol'), row('z', 'Bank', 'carol')];
    expect(ids(orderAccounts(rows, 'name', de))).toEqual(['w', 'x', 'y', 'z']);
  });

  it('tells German from Swedish: the language decides where Ä goes', () => {
    const rows = [row('ae', 'Äpfel', ''), row('z', 'Zebra', '')];
    expect(ids(orderAccounts(rows, 'name', de))).toEqual(['ae', 'z']);
    // Swedish puts Ä after Z: the collator is the language's, not a fixed table.
    expect(ids(orderAccounts(rows, 'name', accountCollator('sv')))).toEqual(['z', 'ae']);
  });
});

describe('recently used', () => {
  it('puts the last copied or filled first, then the never used in the manual order', () => {
    const rows = [
      row('never-1', 'A', ''),
      row('old', 'B', '', { lastUsedAt: 1_000 }),
      row('never-2', 'C', ''),
      row('new', 'D', '', { lastUsedAt: 5_000 }),
    ];
    expect(ids(orderAccounts(rows, 'recent', en))).toEqual(['new', 'old', 'never-1', 'never-2']);
  });

  it('keeps the pinned ones first, in their own order of use', () => {
    const rows = [
      row('used', 'A', '', { lastUsedAt: 9_000 }),
      row('pin-old', 'B', '', { pinned: true, lastUsedAt: 1_000 }),
      row('pin-never', 'C', '', { pinned: true }),
      row('pin-new', 'D', '', { pinned: true, lastUsedAt: 2_000 }),
    ];
    expect(ids(orderAccounts(rows, 'recent', en))).toEqual(['pin-new', 'pin-old', 'pin-never', 'used']);
  });

  it('leaves two used at the same moment in the manual order', () => {
    const rows = [row('x', 'Z', '', { lastUsedAt: 7 }), row('y', 'A', '', { lastUsedAt: 7 }), row('z', 'M', '', { lastUsedAt: 8 })];
    expect(ids(orderAccounts(rows, 'recent', en))).toEqual(['z', 'x', 'y']);
  });
});
