// Deleted accounts kept for a short undo. Each is the sealed record exactly as it was on disk
// (id, order, IV, ciphertext), never anything decrypted, parked in storage.session: it survives a
// service-worker restart within the undo window and is gone with the browser session.
import { fromBase64, toBase64 } from '../crypto/bytes';
import { readStoredFamily } from '../storage/stored-family';
import { readStored, removeStored, writeStored } from '../storage/stored-io';
import { defineStoredFamily, memberOf } from '../storage/stored-item';
import * as z from '../zod';
import type { DeletedAccount } from './account-order-store';
import { UndoExpiredError } from './errors';

/** How long the background honours an undo; the page offers it for less, so a late click still works. */
export const UNDO_WINDOW_MS = 30_000;

const keptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  order: z.number(),
  iv: z.base64(),
  ciphertext: z.base64(),
  deletedAt: z.number(),
});
type Kept = z.infer<typeof keptSchema>;

/** One key per deletion, named by its undo token; a damaged one reads as nothing to undo. */
export const deletedAccountsFamily = defineStoredFamily({
  area: 'session',
  prefix: 'deletedAccount:',
  parser: keptSchema,
  fallback: undefined,
  version: 1,
});

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
  await writeStored(memberOf(deletedAccountsFamily, undoToken), kept);
  return undoToken;
}

/**
 * The deleted record for this token, which is used up whatever happens next: an undo runs
 * once. UndoExpiredError past the window, or for a token that is unknown or damaged.
 */
export async function takeDeletedAccount(undoToken: string, now: number): Promise<DeletedAccount> {
  const member = memberOf(deletedAccountsFamily, undoToken);
  const kept = await readStored(member);
  await removeStored(member);
  if (!kept || !withinWindow(kept, now)) throw new UndoExpiredError();
  const { id, order, iv, ciphertext } = kept;
  return { id, order, iv: fromBase64(iv), ciphertext: fromBase64(ciphertext) };
}

function withinWindow(kept: Kept, now: number): boolean {
  const age = now - kept.deletedAt;
  return age >= 0 && age <= UNDO_WINDOW_MS;
}

async function dropKept(which: (kept: Kept | undefined) => boolean): Promise<void> {
  const dropped = (await readStoredFamily(deletedAccountsFamily))
    .filter(([, kept]) => which(kept))
    .map(([undoToken]) => memberOf(deletedAccountsFamily, undoToken));
  await removeStored(...dropped);
}

/** Records nobody can undo any more only take room: drop them whenever a new one is kept. */
function dropExpired(now: number): Promise<void> {
  return dropKept((kept) => !kept || !withinWindow(kept, now));
}

/** When the vault is erased: what was deleted from it cannot come back into another one. */
export function dropAllDeletedAccounts(): Promise<void> {
  return dropKept(() => true);
}
