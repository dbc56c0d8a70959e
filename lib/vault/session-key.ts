// The unlocked data key, parked in storage.session so a restarted service worker stays unlocked.
// storage.session is memory-only, cleared on browser restart, and by default readable only by
// trusted extension contexts (not content scripts).
import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../crypto/bytes';

const SESSION_KEY = 'vaultKey';
const DATA_KEY_BYTES = 32;

export async function saveUnlockedKey(raw: Uint8Array): Promise<void> {
  await browser.storage.session.set({ [SESSION_KEY]: toBase64(raw) });
}

export async function loadUnlockedKey(): Promise<Uint8Array | undefined> {
  const stored = await browser.storage.session.get(SESSION_KEY);
  const value: unknown = stored[SESSION_KEY];
  if (value === undefined) return undefined;
  const raw = decodeKey(value);
  if (!raw) {
    // A damaged session value can only be fixed by unlocking again; "locked" is the safe reading.
    await clearUnlockedKey();
    return undefined;
  }
  return raw;
}

export async function clearUnlockedKey(): Promise<void> {
  await browser.storage.session.remove(SESSION_KEY);
}

function decodeKey(value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const raw = fromBase64(value);
    return raw.length === DATA_KEY_BYTES ? raw : undefined;
  } catch {
    return undefined;
  }
}
