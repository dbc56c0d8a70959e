// The sites where an account's code may be filled, as the vault stores them: normalised web
// origins (`scheme://host[:port]`), compared by exact string everywhere else.
import { InvalidOriginError, TooManyOriginsError } from './errors';

/**
 * How far an account's sites reach. 'origin': only the very addresses stored (scheme, host and
 * port), the default, and what a site learnt by the user's yes during a fill stays; 'site': every
 * address of the same registrable domain (`gist.github.com` for `https://github.com`), which the
 * user chooses on the management page for a service that signs in on several subdomains. Absent in
 * accounts stored before the choice existed, which read as 'origin'.
 */
export const SITE_MATCHES = ['origin', 'site'] as const;
export type SiteMatch = (typeof SITE_MATCHES)[number];
export const DEFAULT_SITE_MATCH: SiteMatch = 'origin';

/** Bounds a record's size; nobody fills one code into more sites than this. */
export const MAX_ORIGINS = 50;

const WEB_SCHEMES = new Set(['https:', 'http:']);
/** Starts with a scheme of its own ("https:", "ftp:", "javascript:", "mailto:"). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** "localhost:8080" or "example.com:8443": a host and a port, not a scheme. */
const HOST_AND_PORT = /^[^:/?#]+:\d+(?:[/?#]|$)/;

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * True for an origin exactly as the URL standard serialises it: lower-case host, punycode for
 * international names, no default port, no path, no trailing slash. A stored value is always in
 * this form, so matching a page's `location.origin` is a plain string comparison.
 * @see https://url.spec.whatwg.org/#concept-origin
 */
export function isNormalisedOrigin(value: string): boolean {
  const url = parseUrl(value);
  return url !== undefined && WEB_SCHEMES.has(url.protocol) && url.origin === value;
}

/**
 * The origin a user means by what they typed: "github.com" → "https://github.com", a full
 * address → its origin. Other schemes and text that is no host at all are refused.
 */
export function originFromInput(input: string): string {
  const text = input.trim();
  // Typed without a scheme, an address means the secure site: https, never http by default.
  const withScheme = HAS_SCHEME.test(text) && !HOST_AND_PORT.test(text) ? text : `https://${text}`;
  const url = parseUrl(withScheme);
  if (!url || !WEB_SCHEMES.has(url.protocol) || !isPlausibleHost(url.hostname)) {
    throw new InvalidOriginError(text);
  }
  return url.origin;
}

/** A host name with a dot, `localhost`, or an IP address: not a single word typed by mistake. */
function isPlausibleHost(hostname: string): boolean {
  if (hostname === '' || /\s/.test(hostname)) return false;
  return hostname.includes('.') || hostname.includes(':') || hostname === 'localhost';
}

/** Every entry normalised, duplicates dropped (first one kept), at most MAX_ORIGINS. */
export function originsFromInput(inputs: readonly string[]): string[] {
  const origins = [...new Set(inputs.filter((input) => input.trim() !== '').map(originFromInput))];
  if (origins.length > MAX_ORIGINS) throw new TooManyOriginsError(MAX_ORIGINS);
  return origins;
}
