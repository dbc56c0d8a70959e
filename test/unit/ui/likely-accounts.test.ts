// The popup's hint at the MFA step: which vault accounts probably hold this user's seed.
import { describe, expect, it } from 'vitest';
import { pickList } from '../../../entrypoints/popup/views/server/likely-accounts';
import type { AccountSummary, ServerProfile } from '../../../lib/protocol/protocol';

const PROFILE: ServerProfile = { id: 'prod', kind: 'emnify', name: 'Production', baseUrl: 'https://cdn.emnify.net', builtIn: false };

const account = (id: string, issuer: string, label: string, type: AccountSummary['type'] = 'totp'): AccountSummary => ({
  id, type, issuer, label, algorithm: 'SHA1', digits: 6, period: 30, counter: 0, origins: [],
});

describe('pickList', () => {
  it('lists first the accounts whose issuer names the server or whose label is the user, in the vault’s order', () => {
    const accounts = [
      account('bank', 'Bank', 'carol'),
      account('host', 'cdn.emnify.net', 'someone'),
      account('site', 'EMnify', 'work'),
      account('name', 'Production EU', 'x'),
      account('user', '', 'Ann@Example.org'),
      account('other-user', 'GitHub', 'ann'),
    ];
    const list = pickList(accounts, PROFILE, 'ann@example.org');
    expect(list.likely.map((a) => a.id)).toEqual(['host', 'site', 'name', 'user']);
    expect(list.others.map((a) => a.id)).toEqual(['bank', 'other-user']);
  });

  it('leaves out counter-based accounts, whose codes cannot answer the step', () => {
    const list = pickList([account('token', 'EMnify', 'ann@example.org', 'hotp')], PROFILE, 'ann@example.org');
    expect(list).toEqual({ likely: [], others: [] });
  });

  it('takes no hint from names too short to mean anything', () => {
    const short: ServerProfile = { ...PROFILE, name: 'EU', baseUrl: 'http://127.0.0.1:8787' };
    const list = pickList([account('a', 'eu', 'x'), account('b', 'A', 'y'), account('c', '', 'z')], short, 'ann@example.org');
    expect(list.likely).toEqual([]);
  });
});
