// A server profile's base URL, checked once when a client is made.
import { WITH_LOCAL_SANDBOX } from '../store-build';
import { BadServerUrlError } from './errors';

// The WHATWG URL parser has already turned any IPv4 form (`127.1`, `0x7f.0.0.1`) into dotted
// decimal and any IPv6 loopback form into `[::1]`, so exact matches suffice here; anchors keep
// names such as `127.0.0.1.example.org` out.
const LOOPBACK_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/u;

/** True for the hosts that plain http:// may reach: this computer, never the network. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOST.test(hostname);
}

/**
 * Whether plain http:// may reach `hostname`: only this computer, and only in a build that talks to
 * the local sandbox (a store build's manifest could not grant a loopback host anyway).
 */
export function isPlainHttpAllowed(hostname: string): boolean {
  return WITH_LOCAL_SANDBOX && isLoopbackHost(hostname);
}

/**
 * Checks a profile's base URL once and returns it without trailing slashes. https:// only, except
 * http:// to this computer (the local sandbox) where the build allows it: every call carries a
 * password hash or a token.
 */
export function normaliseBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch (error) {
    throw new BadServerUrlError('invalid', { cause: error });
  }
  // Credentials in the address would end up in every request (and in any error that names it).
  const usable =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '';
  if (!usable) throw new BadServerUrlError('invalid');
  if (url.protocol === 'http:' && !isPlainHttpAllowed(url.hostname)) throw new BadServerUrlError('insecure');
  return `${url.origin}${url.pathname.replace(/\/+$/u, '')}`;
}
