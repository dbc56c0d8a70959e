// Account payload ⇄ sealed record body. The whole account (issuer, label, seed, parameters)
// is one ciphertext; the AAD names the record id, so records cannot be swapped between ids.
import { open, seal, type Sealed } from '../crypto/aes-gcm';
import { utf8Decode, utf8Encode } from '../crypto/bytes';
import { VaultCorruptError } from './errors';
import { parseAccountPayload, serialiseAccountPayload, type AccountRecord } from './schemas';
import type { StoredAccount } from './vault-port';

function accountAad(id: string): Uint8Array {
  return utf8Encode(`otp-vault/account/${id}`);
}

export async function sealAccount(key: CryptoKey, account: StoredAccount): Promise<Sealed> {
  return seal(key, utf8Encode(serialiseAccountPayload(account)), accountAad(account.id));
}

/** Throws DecryptionError when the bytes were altered or belong to another id. */
export async function openAccount(key: CryptoKey, record: AccountRecord): Promise<StoredAccount> {
  const plaintext = await open(key, record, accountAad(record.id));
  let json: string;
  try {
    json = utf8Decode(plaintext);
  } catch (error) {
    throw new VaultCorruptError('account', { cause: error });
  }
  const account = parseAccountPayload(json);
  // The AAD already binds the id; this guards against a bug that sealed the wrong payload.
  if (account.id !== record.id) throw new VaultCorruptError('account');
  return account;
}

/** Callers get their own copy: mutating it must not change the cached account. */
export function copyAccount(account: StoredAccount): StoredAccount {
  const copy = { ...account, secret: account.secret.slice() };
  // The key stays absent rather than `undefined` when there is no binding.
  if (account.server) copy.server = { ...account.server };
  if (account.origins) copy.origins = [...account.origins];
  return copy;
}
