// Deleted accounts kept for a short undo. Each is the sealed record exactly as it was on disk
// (id, order, IV, ciphertext), never anything decrypted, parked in storage.session: it survives a
// service-worker restart within the undo window and is gone with the browser session.
import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../crypto/bytes';
import * as z from '../zod';
import type { DeletedAccount } from './account-order-store';
import { UndoExpiredError } from './errors';

/** How long the background honours an undo; the page offers it for less, so a late click still works. */
export const UNDO_WINDOW_MS = 30_000;

const KEY_PREFIX = 'deletedAccount:';

const keptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  order: z.number(),
  iv: z.base64(),
  ciphertext: z.base64(),
  deletedAt: z.number(),
});
type Kept = z.infer<typeof keptSchema>;

/** Stores the deleted record under a new random token and returns the token. */
export async function keepDeletedAccount(deleted: DeletedAccount, now: number): Promise<string> {
  await dropExpired(now);
  const undoToken = crypto.randomUUID();
  const kept: Kept = {
    id: deleted.id,
    order: deleted.order,
    iv: toBase64(deleted.iv),
    ciphertext: toBase64(deleted.ciphertext),
    deletedAt: now,
  };
  await browser.storage.session.set({ [KEY_PREFIX + undoToken]: kept });
  return undoToken;
}

/**
 * The deleted record for this token, which is used up whatever happens next: an undo runs
 * once. UndoExpiredError past the window, or for a token that is unknown or damaged.
 */
export async function takeDeletedAccount(undoToken: string, now: number): Promise<DeletedAccount> {
  const key = KEY_PREFIX + undoToken;
  const stored = await browser.storage.session.get(key);
  await browser.storage.session.remove(key);
  const result = keptSchema.safeParse(stored[key]);
  if (!result.success || !withinWindow(result.data, now)) throw new UndoExpiredError();
  const { id, order, iv, ciphertext } = result.data;
  return { id, order, iv: fromBase64(iv), ciphertext: fromBase64(ciphertext) };
}

function withinWindow(kept: Kept, now: number): boolean {
  const age = now - kept.deletedAt;
  return age >= 0 && age <= UNDO_WINDOW_MS;
}

async function dropKept(which: (value: unknown) => boolean): Promise<void> {
  const everything = await browser.storage.session.get(null);
  const keys = Object.entries(everything)
    .filter(([key, value]) => key.startsWith(KEY_PREFIX) && which(value))
    .map(([key]) => key);
  if (keys.length > 0) await browser.storage.session.remove(keys);
}

/** Records nobody can undo any more only take room: drop them whenever a new one is kept. */
function dropExpired(now: number): Promise<void> {
  return dropKept((value) => {
    const result = keptSchema.safeParse(value);
    return !result.success || !withinWindow(result.data, now);
  });
}

/** When the vault is erased: what was deleted from it cannot come back into another one. */
export function dropAllDeletedAccounts(): Promise<void> {
  return dropKept(() => true);
}
