import { describe, expect, it } from 'vitest';
import { accountName } from '../../../lib/accounts/account-name';

describe('account names in sentences and buttons', () => {
  it('puts the account name after the issuer, or stands alone without one', () => {
    expect(accountName({ issuer: 'Bank', label: 'carol' })).toBe('Bank (carol)');
    expect(accountName({ issuer: '', label: 'carol' })).toBe('carol');
    expect(accountName({ label: 'Über ops' })).toBe('Über ops');
  });
});
