// When the last encrypted backup was made, and what the vault looked like then, for the gentle
// reminder. storage.local holds only times and a count: nothing about any account's contents.
import type { StoredAccount } from '../vault/vault-port';
import type { BackupStatus } from './backup-views';
import { readStored, writeStored } from '../storage/stored-io';
import { defineStoredItem } from '../storage/stored-item';
import * as z from '../zod';

const recordSchema = z.lazy(() => z.object({
  /** Epoch ms of the export. */
  lastBackupAt: z.number(),
  accountCount: z.int().check(z.gte(0)),
  /** The newest account's createdAt at that moment (0 for an empty vault). */
  newestCreatedAt: z.number(),
}));
type BackupRecord = z.infer<typeof recordSchema>;

/** A damaged record reads as "never backed up". */
export const backupStatusItem = defineStoredItem({
  area: 'local',
  key: 'backupStatus',
  parser: recordSchema,
  fallback: undefined,
  version: 1,
});

function newestCreatedAt(accounts: StoredAccount[]): number {
  return accounts.reduce((newest, account) => Math.max(newest, account.createdAt), 0);
}

export async function recordBackup(accounts: StoredAccount[], at: number): Promise<void> {
  const record: BackupRecord = {
    lastBackupAt: at,
    accountCount: accounts.length,
    newestCreatedAt: newestCreatedAt(accounts),
  };
  await writeStored(backupStatusItem, record);
}

/**
 * A reminder when accounts were added since the last backup: one newer than any the backup held,
 * or more of them than then (which catches an addition even if the clock went back meanwhile).
 * Never backed up and no account: nothing to remind of. A damaged record reads as "never".
 */
export async function backupStatus(accounts: StoredAccount[]): Promise<BackupStatus> {
  const last = await readStored(backupStatusItem);
  if (!last) return { reminder: accounts.length > 0 };
  const reminder = accounts.length > last.accountCount || newestCreatedAt(accounts) > last.newestCreatedAt;
  return { lastBackupAt: last.lastBackupAt, reminder };
}
