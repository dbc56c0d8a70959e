// A keyring re-wrapped on another browser (its passphrase changed there; the data key is the same)
// waits in `meta` until this locked browser is unlocked with the new passphrase. It came through
// sync, so it is input: it takes the keyring's place only once the key it wraps has opened one of
// this vault's sealed records, proof that it is this vault's own key.
import { importDataKey } from '../crypto/aes-gcm';
import { openAccount } from './account-codec';
import type { VaultDb } from './db';
import { openRecord } from './record-codec';
import { parseSealedRecord } from './record-schemas';
import { unwrapDataKey } from './keyring';
import { parseAccountRecord, parseKeyringRecord, type KeyringRecord } from './schemas';

export type ProvenKeyring = { keyring: KeyringRecord; dataKey: Uint8Array };

export async function hasPendingKeyring(db: VaultDb): Promise<boolean> {
  return (await db.getKey('meta', 'pendingKeyring')) !== undefined;
}

/**
 * The pending keyring and its data key, when `passphrase` unwraps it and the key is this vault's.
 * Undefined otherwise, whatever went wrong: the keyring in place is then tried as before, so the
 * old passphrase keeps working until the new one is used, and a forged or damaged pending keyring
 * can never lock the user out. One that unwraps to another key is forged: it is dropped.
 */
export async function provenPendingKeyring(db: VaultDb, passphrase: string): Promise<ProvenKeyring | undefined> {
  let proven: ProvenKeyring;
  try {
    const stored = await db.get('meta', 'pendingKeyring');
    if (stored === undefined) return undefined;
    const keyring = parseKeyringRecord(stored);
    proven = { keyring, dataKey: await unwrapDataKey(passphrase, keyring) };
  } catch {
    return undefined;
  }
  if (await opensThisVault(db, proven.dataKey)) return proven;
  await db.delete('meta', 'pendingKeyring');
  return undefined;
}

/**
 * Whether `dataKey` opens one of the vault's sealed accounts or, failing those, secret records.
 * A damaged record is passed over; a key that opens none is not this vault's. A vault with nothing
 * sealed in it has nothing another key could fail to open, and accepts any.
 */
async function opensThisVault(db: VaultDb, dataKey: Uint8Array): Promise<boolean> {
  const key = await importDataKey(dataKey);
  const accounts = await db.getAll('accounts');
  const records = await db.getAll('records');
  if (accounts.length === 0 && records.length === 0) return true;
  for (const stored of accounts) {
    if (await succeeds(() => openAccount(key, parseAccountRecord(stored)))) return true;
  }
  for (const stored of records) {
    if (await succeeds(() => openRecord(key, parseSealedRecord(stored)))) return true;
  }
  return false;
}

async function succeeds(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch {
    return false;
  }
}
