/**
 * The cross-site guard. Any page open in the demo browser can make its visitor's browser send a
 * form POST to 127.0.0.1 without a CORS preflight, and the Amadis routes take form bodies (with
 * the bearer optional by default), so the body-type rule alone does not keep pages out. Browsers
 * put an `Origin` header on every POST and every cross-origin fetch: the extension's own requests
 * carry its own origin or none (as every non-browser client's do), a page's carry the page's
 * origin, or `null` from a sandboxed frame, a `data:` URL or a cross-site redirect. Anything but
 * an extension origin is refused, on every route, before the body is read.
 */
import { HttpError } from './errors';

/** What Chromium and Firefox send as the Origin of an extension's own pages and worker. */
const EXTENSION_ORIGIN = /^(?:chrome|moz)-extension:\/\/[^/]+$/u;

/** Throws 403 (plain `{message}`: no contract covers it) for a request sent on a web page's behalf. */
export function assertNotFromWebPage(origin: string | string[] | undefined): void {
  if (origin === undefined) return;
  if (typeof origin === 'string' && EXTENSION_ORIGIN.test(origin)) return;
  throw new HttpError(403, { message: 'This server does not answer requests sent by web pages.' });
}
