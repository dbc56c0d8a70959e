// Test-only inspection of what the background keeps in storage.session. No extension page ever
// sees these values; the test reads them through the browser's handle on the service worker to
// check, from outside, what the server thinks of them.
import type { BrowserContext, Worker } from 'playwright-core';

/** A compact JWS: three base64url parts, the first one a JSON object (`{"` is `eyJ`). */
const JWT_SHAPE = /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/u;

type SessionStorageArea = { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

/** The extension's running service worker, waiting for one to start if it was stopped. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

function collectJwts(value: unknown, found: Set<string>): void {
  if (typeof value === 'string') {
    if (JWT_SHAPE.test(value)) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectJwts(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collectJwts(item, found);
  }
}

/**
 * Every JWT-shaped string in the extension's storage.session, wherever the background put it:
 * the auth tokens it holds for its sessions (EMnify's auth_token is a JWT, docs/api-contract.md §1.2).
 */
export async function heldAuthTokens(context: BrowserContext): Promise<string[]> {
  const worker = await extensionWorker(context);
  const stored = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: SessionStorageArea }).chrome.storage.session.get(null),
  );
  const found = new Set<string>();
  collectJwts(stored, found);
  return [...found];
}
