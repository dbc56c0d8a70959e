// Joining a synced vault: its data key takes the place of this vault's. Every account and secret
// record is opened and sealed again under the new key before the transaction opens; then records
// and keyring are replaced in that one transaction, so the disk never holds a mix of two keys.
import { openAccount, sealAccount } from './account-codec';
import { inWriteTransactionOver, type VaultDb } from './db';
import { VaultChangedMeanwhileError } from './errors';
import { openRecord, sealRecord } from './record-codec';
import { parseSealedRecord, type SealedRecord } from './record-schemas';
import { parseAccountRecord, type AccountRecord, type KeyringRecord } from './schemas';

export async function resealVault(db: VaultDb, from: CryptoKey, to: CryptoKey, keyring: KeyringRecord): Promise<void> {
  const accounts = await Promise.all(
    (await db.getAll('accounts')).map(parseAccountRecord).map(async (record): Promise<AccountRecord> => {
      const sealed = await sealAccount(to, await openAccount(from, record));
      return { id: record.id, order: record.order, ...sealed };
    }),
  );
  const records = await Promise.all(
    (await db.getAll('records')).map(parseSealedRecord).map(async (record): Promise<SealedRecord> => {
      const sealed = await sealRecord(to, await openRecord(from, record));
      return { id: record.id, ...sealed };
    }),
  );
  await inWriteTransactionOver(db, ['accounts', 'records', 'meta'], async (tx) => {
    // Only the vault's write queue writes, and this runs in a turn of it; were anything else to
    // have written meanwhile, a record left under the old key could never be read again.
    const accountIds = await tx.objectStore('accounts').getAllKeys();
    const recordIds = await tx.objectStore('records').getAllKeys();
    if (!sameIds(accountIds, accounts) || !sameIds(recordIds, records)) throw new VaultChangedMeanwhileError();
    for (const account of accounts) await tx.objectStore('accounts').put(account);
    for (const record of records) await tx.objectStore('records').put(record);
    await tx.objectStore('meta').put(keyring, 'keyring');
    // A pending keyring wraps the old key: it can no longer open anything.
    await tx.objectStore('meta').delete('pendingKeyring');
  });
}

function sameIds(stored: readonly string[], resealed: readonly { id: string }[]): boolean {
  const ids = new Set(resealed.map((item) => item.id));
  return stored.length === ids.size && stored.every((id) => ids.has(id));
}
