// Which vault accounts probably hold the seed of the user at the MFA step, listed first when no
// account is tied to this user. A hint from names only, never a choice made for the user: an issuer
// is text anyone can type, so the account is sent only once the user picked it.
import type { AccountSummary, ServerProfile } from '../../../../lib/protocol/protocol';

export type PickList = { likely: AccountSummary[]; others: AccountSummary[] };

/** The server as an issuer may name it: its name in the list, its host, and the host's own name. */
function serverNames(profile: ServerProfile): string[] {
  let host = '';
  try {
    host = new URL(profile.baseUrl).hostname.toLowerCase();
  } catch {
    // A profile's address is checked when it is added; an odd one only loses this hint.
  }
  // "cdn.emnify.net" → "emnify": the name a provider's issuer usually carries.
  const site = host.split('.').at(-2) ?? '';
  // Very short names ("io", a number of an address) would match almost anything.
  return [profile.name.toLowerCase(), host, site].filter((name) => name.length >= 3);
}

/** The issuer names the server ("EMnify" for "EMnify Production" too), or the label is the user. */
function isLikely(account: AccountSummary, names: string[], username: string): boolean {
  const issuer = account.issuer.toLowerCase();
  const namesServer = names.some((name) => issuer.includes(name) || (issuer.length >= 3 && name.includes(issuer)));
  return namesServer || account.label.toLowerCase() === username;
}

/**
 * The accounts whose codes could answer the step (time-based ones), those whose names point at
 * this server or user first, each group in the vault's order.
 */
export function pickList(accounts: readonly AccountSummary[], profile: ServerProfile, username: string): PickList {
  const names = serverNames(profile);
  const user = username.toLowerCase();
  const list: PickList = { likely: [], others: [] };
  for (const account of accounts) {
    if (account.type !== 'totp') continue;
    (isLikely(account, names, user) ? list.likely : list.others).push(account);
  }
  return list;
}
