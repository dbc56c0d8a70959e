// Schema version 2: the `records` store for small secret records (trusted devices, profile
// credentials). A new, empty store: no existing data moves, and account payloads gained their
// optional server binding inside the ciphertext, where no migration can (or needs to) reach.
import type { IDBPDatabase } from 'idb';
import type { VaultDbSchema } from '../db';

export function createRecordsStore(db: IDBPDatabase<VaultDbSchema>): void {
  // Only the id is a plaintext key; kind and contents are inside each record's ciphertext, so
  // there is no index: the store is small and always read whole.
  db.createObjectStore('records', { keyPath: 'id' });
}
