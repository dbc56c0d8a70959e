import { describe, expect, it } from 'vitest';
import { filterAccounts } from '../../../lib/ui/account-filter';
import type { AccountSummary } from '../../../lib/protocol/protocol';

const account = (issuer: string, label: string): AccountSummary => ({
  id: `${issuer}/${label}`, type: 'totp', issuer, label, algorithm: 'SHA1', digits: 6, period: 30, counter: 0, origins: [],
});
const accounts = [account('GitHub', 'octocat'), account('Société Générale', 'zoé'), account('', 'vpn@work.example')];

describe('account search', () => {
  it.each([
    ['', 3],
    ['git', 1],
    ['GITHUB octo', 1],
    ['societe', 1], // accents folded
    ['zoe generale', 1], // every word, in any field
    ['work', 1],
    ['github zoé', 0],
  ])('"%s" matches %i', (query, count) => expect(filterAccounts(accounts, query)).toHaveLength(count));
});
