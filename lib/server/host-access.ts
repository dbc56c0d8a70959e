// Whether the browser lets the extension reach a server. Host permissions can be taken away at any
// time (Firefox lists them as optional in its add-ons manager; Chrome's site access can withhold
// them), so this is asked when it matters, never remembered.
import { browser } from 'wxt/browser';
import { hostPermissionPattern } from '../host-pattern';

// Async, so that a browser without the API rejects rather than throws (the HTTP layer relies on it).
export async function hasHostAccess(baseUrl: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [hostPermissionPattern(baseUrl)] });
}
