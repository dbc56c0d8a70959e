import type { AccountSummary } from '../protocol/protocol';

/** Case- and accent-insensitive match of every word of the query against issuer and label. */
export function filterAccounts(accounts: AccountSummary[], query: string): AccountSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return accounts;
  return accounts.filter((account) => {
    const haystack = fold(`${account.issuer} ${account.label}`);
    return words.every((word) => haystack.includes(word));
  });
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
