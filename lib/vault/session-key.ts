// The unlocked data key, parked in storage.session so a restarted service worker stays unlocked.
// storage.session is memory-only, cleared on browser restart, and by default readable only by
// trusted extension contexts (not content scripts).
import { browser } from 'wxt/browser';
import { DATA_KEY_BYTES } from '../crypto/aes-gcm';
import { fromBase64, toBase64 } from '../crypto/bytes';
import { readStored, removeStored, writeStored } from '../storage/stored-io';
import { defineStoredItem, type Parser } from '../storage/stored-item';

/** The key as base64, accepted only if it decodes to a data key's length. */
const keyParser: Parser<string> = {
  safeParse: (value) => (decodeKey(value) ? { success: true, data: value as string } : { success: false }),
};

/** A damaged session value can only be fixed by unlocking again: it is removed, and reads as "locked". */
export const vaultKeyItem = defineStoredItem({
  area: 'session',
  key: 'vaultKey',
  parser: keyParser,
  fallback: undefined,
  version: 1,
  removeDamaged: true,
});

/**
 * Pins storage.session to trusted contexts (call once at background start). That is Chrome's
 * default already, but the data key lives there, so the vault sets it rather than trusts it:
 * even if other code widened the area, the key goes back out of content scripts' reach.
 * Firefox has no setAccessLevel and never exposes storage.session to content scripts, so there
 * is nothing to do there.
 * A failure is not swallowed: a background that cannot restrict the area should not start quietly.
 */
export async function restrictSessionStorage(): Promise<void> {
  await browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}

export async function saveUnlockedKey(raw: Uint8Array): Promise<void> {
  await writeStored(vaultKeyItem, toBase64(raw));
}

export async function loadUnlockedKey(): Promise<Uint8Array | undefined> {
  const stored = await readStored(vaultKeyItem);
  return stored === undefined ? undefined : fromBase64(stored);
}

export async function clearUnlockedKey(): Promise<void> {
  await removeStored(vaultKeyItem);
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
