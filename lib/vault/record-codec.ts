// Secret record ⇄ sealed record body. The whole record, kind included, is one ciphertext. The
// AAD names the store and the id: a record cannot be moved to another id, and an account's
// ciphertext (AAD otp-vault/account/<id>) can never be opened as a record, nor the reverse.
import { open, seal, type Sealed } from '../crypto/aes-gcm';
import { utf8Decode, utf8Encode } from '../crypto/bytes';
import { VaultCorruptError } from './errors';
import { parseRecordPayload, serialiseRecordPayload, type SealedRecord } from './record-schemas';
import type { VaultRecord } from './record-types';

function recordAad(id: string): Uint8Array {
  return utf8Encode(`otp-vault/record/${id}`);
}

/** The record must already be validated (validateRecord). */
export async function sealRecord(key: CryptoKey, record: VaultRecord): Promise<Sealed> {
  return seal(key, utf8Encode(serialiseRecordPayload(record)), recordAad(record.id));
}

/** Throws DecryptionError when the bytes were altered or belong to another id or store. */
export async function openRecord(key: CryptoKey, sealed: SealedRecord): Promise<VaultRecord> {
  const plaintext = await open(key, sealed, recordAad(sealed.id));
  let json: string;
  try {
    json = utf8Decode(plaintext);
  } catch (error) {
    throw new VaultCorruptError('record', { cause: error });
  }
  const record = parseRecordPayload(json);
  // The AAD already binds the id; this guards against a bug that sealed the wrong payload.
  if (record.id !== sealed.id) throw new VaultCorruptError('record');
  return record;
}
