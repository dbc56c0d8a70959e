/**
 * Whether an account's code may go into a page: its stored sites against the page's, by exact
 * origin or, for an account set to reach whole sites, by scheme and registrable domain; both for
 * the tab and for the frame that holds the field. The tab's and a menu click's URLs come from the
 * browser; a frame's origin is what the injected script reads from its own document (globalThis.origin,
 * which page scripts cannot change in the script's isolated world); issuer names and page titles
 * decide nothing.
 */
import type { AutofillConfirmation, AutofillSite } from './autofill-views';
import type { PublicSuffixList } from './public-suffix';
import type { StoredAccount } from '../../vault/vault-port';
import { DEFAULT_SITE_MATCH } from '../../vault/origins';

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

/** What of an account decides where its code may go: its sites, and how far they reach. */
export type SiteRule = Pick<StoredAccount, 'origins' | 'siteMatch'>;

/**
 * 2: one of the account's sites is the page's very origin; 1: one is of the page's registrable
 * site and the account reaches whole sites; 0: none. An account that matches exact addresses (the
 * default) never reaches another host of the same site: user-content subdomains that the public
 * suffix list does not know (`someone.pages.example.com`) get nothing without the user's yes.
 */
export function siteRank({ origins, siteMatch = DEFAULT_SITE_MATCH }: SiteRule, page: AutofillSite, list: PublicSuffixList): number {
  let rank = 0;
  for (const origin of origins ?? []) {
    if (origin === page.origin) return 2;
    const stored = siteMatch === 'site' ? siteOf(origin, list) : undefined;
    if (stored && sameSite(stored, page)) rank = 1;
  }
  return rank;
}

/** The accounts with a site matching `page`, those stored for its exact origin first. */
export function matchingAccounts<A extends SiteRule>(accounts: readonly A[], page: AutofillSite, list: PublicSuffixList): A[] {
  return accounts
    .map((account) => ({ account, rank: siteRank(account, page, list) }))
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
 * Whether the field's frame may take the code wherever the tab may: the tab's own document or a
 * frame at its very origin (a srcdoc frame, a page of the same server); or a frame of the tab's
 * registrable site that the account reaches, being one of its exact addresses or the account
 * matching whole sites. The keyboard command and the popup search only such frames; any other
 * asks first (the context menu, which names the frame).
 */
export function frameGoesWithTab(rule: SiteRule, { top, frame }: FillPlace, list: PublicSuffixList): boolean {
  if (frame.origin === top.origin) return true;
  if (!sameSite(top, frame)) return false;
  return rule.siteMatch === 'site' || siteRank(rule, frame, list) === 2;
}

/**
 * What the user must say yes to before the account's code goes into `place`, in the order the
 * popup shows it: a tab the account does not match, plain http, a frame that does not go with
 * the tab (the tab is what the user sees).
 */
export function confirmationReasons(rule: SiteRule, place: FillPlace, list: PublicSuffixList): ConfirmationReason[] {
  const reasons: ConfirmationReason[] = [];
  if (siteRank(rule, place.top, list) === 0) reasons.push('new-site');
  if (place.top.insecure || place.frame.insecure) reasons.push('insecure');
  if (!frameGoesWithTab(rule, place, list)) reasons.push('cross-origin-frame');
  return reasons;
}
