/**
 * Whether an account's code may go into a page: its stored sites against the page's, by scheme and
 * registrable domain, both for the tab and for the frame that holds the field. The URLs come from
 * the browser (tab.url, a menu click's frameUrl), never from the page; issuer names and page
 * titles decide nothing.
 */
import type { AutofillConfirmation, AutofillSite } from './autofill-views';
import type { PublicSuffixList } from './public-suffix';

export type ConfirmationReason = AutofillConfirmation['reasons'][number];

/** The URL parser writes IPv4 hosts as four decimal numbers and IPv6 hosts in brackets. */
const IPV4_HOST = /^\d+\.\d+\.\d+\.\d+$/;
const LOOPBACK_IPV4_HOST = /^127\.\d+\.\d+\.\d+$/;

function isIpAddress(hostname: string): boolean {
  return hostname.startsWith('[') || IPV4_HOST.test(hostname);
}

/**
 * Hosts that never leave this computer, which browsers treat as secure even over http.
 * @see https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
 */
function isLoopback(hostname: string): boolean {
  return hostname === '[::1]' || LOOPBACK_IPV4_HOST.test(hostname) || hostname === 'localhost' || hostname.endsWith('.localhost');
}

/** The site of a web page (http or https); undefined for the browser's own pages, files and the like. */
export function siteOf(url: string | undefined, list: PublicSuffixList): AutofillSite | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const { hostname } = parsed;
  // An IP address has no registrable domain, whatever its last numbers look like in the list.
  const registrableDomain = isIpAddress(hostname) ? undefined : list.registrableDomain(hostname);
  return {
    origin: parsed.origin,
    ...(registrableDomain !== undefined && { registrableDomain }),
    insecure: parsed.protocol === 'http:' && !isLoopback(hostname),
  };
}

function schemeOf(site: AutofillSite): string {
  return site.origin.slice(0, site.origin.indexOf(':'));
}

/**
 * Same scheme and same registrable domain (`gist.github.com` and `github.com`, but not
 * `a.github.io` and `b.github.io`); hosts without one (IP addresses, localhost, a name that is
 * itself a public suffix) only match the very same origin, port included.
 */
export function sameSite(a: AutofillSite, b: AutofillSite): boolean {
  if (schemeOf(a) !== schemeOf(b)) return false;
  if (a.registrableDomain === undefined || b.registrableDomain === undefined) return a.origin === b.origin;
  return a.registrableDomain === b.registrableDomain;
}

/** 2: one of `origins` is the page's very origin; 1: one is of the same site; 0: none. */
export function siteRank(origins: readonly string[] | undefined, page: AutofillSite, list: PublicSuffixList): number {
  let rank = 0;
  for (const origin of origins ?? []) {
    if (origin === page.origin) return 2;
    const stored = siteOf(origin, list);
    if (stored && sameSite(stored, page)) rank = 1;
  }
  return rank;
}

/** The accounts with a site matching `page`, those stored for its exact origin first. */
export function matchingAccounts<A extends { origins?: string[] }>(
  accounts: readonly A[],
  page: AutofillSite,
  list: PublicSuffixList,
): A[] {
  return accounts
    .map((account) => ({ account, rank: siteRank(account.origins, page, list) }))
    .filter(({ rank }) => rank > 0)
    .sort((a, b) => b.rank - a.rank)
    .map(({ account }) => account);
}

/** The page a fill goes to: the tab's site, and that of the frame holding the field. */
export interface FillPlace {
  top: AutofillSite;
  frame: AutofillSite;
}

/**
 * What the user must say yes to before `origins`' code goes into `place`, in the order the popup
 * shows it. An account only matches when its sites cover both the tab and the field's frame; a
 * frame of another site than the tab always asks, since the tab is what the user sees.
 */
export function confirmationReasons(
  origins: readonly string[] | undefined,
  place: FillPlace,
  list: PublicSuffixList,
): ConfirmationReason[] {
  const reasons: ConfirmationReason[] = [];
  if (siteRank(origins, place.top, list) === 0) reasons.push('new-site');
  if (place.top.insecure || place.frame.insecure) reasons.push('insecure');
  if (!sameSite(place.top, place.frame)) reasons.push('cross-origin-frame');
  return reasons;
}
