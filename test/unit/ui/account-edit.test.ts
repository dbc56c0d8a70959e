// What the management page's account editor sends, and how it orders accounts.
import { describe, expect, it } from 'vitest';
import { editFromForm, formFromAccount, isEmptyEdit } from '../../../entrypoints/options/views/accounts/account-edit';
import { inOrder, moveAccount, moveAccountTo } from '../../../entrypoints/options/views/accounts/reorder';
import { UNDO_SHOWN_MS } from '../../../entrypoints/options/views/accounts/undo-notice';
import { wholeNumberIn } from '../../../entrypoints/options/views/shared/whole-number';
import type { AccountSummary } from '../../../lib/protocol/protocol';
import { FormInputError } from '../../../lib/ui/form-errors';
import { UNDO_WINDOW_MS } from '../../../lib/vault/deleted-accounts';

const BANK: AccountSummary = {
  id: 'bank',
  type: 'totp',
  issuer: 'Bank',
  label: 'carol',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  origins: ['https://bank.example'],
};

describe('account edit form', () => {
  it('sends nothing but the id when nothing changed', () => {
    const edit = editFromForm(BANK, formFromAccount(BANK));
    expect(edit).toEqual({ id: 'bank' });
    expect(isEmptyEdit(edit)).toBe(true);
  });

  it('sends only the fields the user changed, sites one per line without blank lines', () => {
    const form = { ...formFromAccount(BANK), label: 'carol@bank.example', period: '60', sites: ' bank.example \n\nlogin.bank.example\n' };
    expect(editFromForm(BANK, form)).toEqual({
      id: 'bank',
      label: 'carol@bank.example',
      period: 60,
      origins: ['bank.example', 'login.bank.example'],
    });
  });

  it('shows an account that never chose as matching exact addresses, and sends the choice only when it changes', () => {
    expect(formFromAccount(BANK).siteMatch).toBe('origin');
    expect(editFromForm(BANK, { ...formFromAccount(BANK), siteMatch: 'site' })).toEqual({ id: 'bank', siteMatch: 'site' });
    const whole: AccountSummary = { ...BANK, siteMatch: 'site' };
    expect(formFromAccount(whole).siteMatch).toBe('site');
    expect(editFromForm(whole, formFromAccount(whole))).toEqual({ id: 'bank' });
    expect(editFromForm(whole, { ...formFromAccount(whole), siteMatch: 'origin' })).toEqual({ id: 'bank', siteMatch: 'origin' });
  });

  it('asks for a number field left empty, in one sentence', () => {
    expect(() => editFromForm(BANK, { ...formFromAccount(BANK), period: ' ' })).toThrow(
      new FormInputError('Enter the period in seconds.'),
    );
    const hotp: AccountSummary = { ...BANK, type: 'hotp', counter: 7 };
    expect(() => editFromForm(hotp, { ...formFromAccount(hotp), counter: '' })).toThrow('Enter the counter.');
    // A TOTP account's counter field is not its to check.
    expect(editFromForm(BANK, { ...formFromAccount(BANK), counter: '' })).toEqual({ id: 'bank' });
  });
});

describe('account order', () => {
  const all = ['a', 'b', 'c', 'd'];

  it('moves an account past its neighbour', () => {
    expect(moveAccount(all, all, 'b', 'up')).toEqual(['b', 'a', 'c', 'd']);
    expect(moveAccount(all, all, 'b', 'down')).toEqual(['a', 'c', 'b', 'd']);
  });

  it('moves past the next visible account when a search hides some', () => {
    expect(moveAccount(all, ['a', 'd'], 'd', 'up')).toEqual(['d', 'a', 'b', 'c']);
    expect(moveAccount(all, ['a', 'd'], 'a', 'down')).toEqual(['b', 'c', 'd', 'a']);
  });

  it('keeps the order when there is nowhere to go', () => {
    expect(moveAccount(all, all, 'a', 'up')).toEqual(all);
    expect(moveAccount(all, all, 'd', 'down')).toEqual(all);
    expect(moveAccount(all, ['a'], 'b', 'up')).toEqual(all);
  });

  it('moves an account to the top or the bottom of what is on screen', () => {
    expect(moveAccount(all, all, 'c', 'top')).toEqual(['c', 'a', 'b', 'd']);
    expect(moveAccount(all, all, 'b', 'bottom')).toEqual(['a', 'c', 'd', 'b']);
    expect(moveAccount(all, ['b', 'c'], 'c', 'top')).toEqual(['a', 'c', 'b', 'd']);
    expect(moveAccount(all, ['b', 'c'], 'b', 'bottom')).toEqual(['a', 'c', 'b', 'd']);
  });

  it('drops an account at a place among the others on screen', () => {
    expect(moveAccountTo(all, all, 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveAccountTo(all, all, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveAccountTo(all, all, 'b', 9)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveAccountTo(all, ['a'], 'a', 1)).toEqual(all);
    expect(moveAccountTo(all, ['a', 'c'], 'b', 0)).toEqual(all);
  });

  it('rearranges the accounts to follow the ids', () => {
    const accounts = all.map((id) => ({ id }));
    expect(inOrder(accounts, ['c', 'a', 'd', 'b']).map((account) => account.id)).toEqual(['c', 'a', 'd', 'b']);
  });
});

describe('undo of a deletion', () => {
  it('is offered long enough to reach, and ends well before the background stops honouring it', () => {
    expect(UNDO_SHOWN_MS).toBeGreaterThanOrEqual(20_000);
    expect(UNDO_WINDOW_MS - UNDO_SHOWN_MS).toBeGreaterThanOrEqual(5_000);
  });
});

describe('whole numbers typed in Settings', () => {
  const sentence = 'Auto-lock must be a whole number of minutes from 1 to 1440.';

  it('accepts digits within the bounds, spaces around them too', () => {
    expect(wholeNumberIn(' 15 ', 1, 1440, sentence)).toBe(15);
    expect(wholeNumberIn('1440', 1, 1440, sentence)).toBe(1440);
  });

  it('refuses what is out of bounds or not plain digits, with the sentence given', () => {
    for (const typed of ['0', '1441', '', '2.5', '1e3', '0x10', '-1', 'ten']) {
      expect(() => wholeNumberIn(typed, 1, 1440, sentence)).toThrow(new FormInputError(sentence));
    }
  });
});
