/**
 * An encrypted Aegis vault's master key, unwrapped with the password: each password slot holds
 * the master key sealed with AES-256-GCM under scrypt(password, salt, N, r, p). The first slot
 * whose tag verifies opens the vault; none means the password is wrong.
 * @see beemdevelopment/Aegis docs/vault.md ("Slots", "Encryption"), vault/slots/PasswordSlot.java
 */
import { t } from '../../../i18n/t';
import { concatBytes, utf8Encode } from '../../../crypto/bytes';
import { checkKdfRuns } from '../crypto/kdf-limits';
import { scrypt } from '../crypto/slow-kdfs';
import { openAesGcm } from '../crypto/web-crypto';
import { hexBytes } from '../file-encodings';
import { DamagedFileError, UnsupportedFileError, WrongPasswordError } from '../format-errors';
import { integerField, isObject } from '../json-fields';
import { AEGIS_VAULT } from './aegis-content';

/** Slot types: 0 raw key, 1 password, 2 biometric (a key only the phone's keystore holds). */
const PASSWORD_SLOT = 1;

interface PasswordSlot {
  salt: Uint8Array;
  N: number;
  r: number;
  p: number;
  nonce: Uint8Array;
  sealedKey: Uint8Array;
}

function passwordSlot(slot: unknown): PasswordSlot | undefined {
  if (!isObject(slot) || slot.type !== PASSWORD_SLOT) return undefined;
  const params = isObject(slot.key_params) ? slot.key_params : {};
  const salt = hexBytes(slot.salt);
  const key = hexBytes(slot.key);
  const nonce = hexBytes(params.nonce);
  const tag = hexBytes(params.tag);
  const [N, r, p] = [integerField(slot, 'n'), integerField(slot, 'r'), integerField(slot, 'p')];
  if (!salt || !key || !nonce || !tag || N === undefined || r === undefined || p === undefined) throw new DamagedFileError(AEGIS_VAULT);
  return { salt, N, r, p, nonce, sealedKey: concatBytes(key, tag) };
}

/** The 32-byte master key; WrongPasswordError when no password slot opens with this password. */
export async function unlockAegisMasterKey(slots: readonly unknown[], password: string): Promise<Uint8Array> {
  const passwordSlots = slots.map(passwordSlot).filter((slot) => slot !== undefined);
  if (passwordSlots.length === 0) {
    throw new UnsupportedFileError(t('importAegisNoPassword'));
  }
  // Each slot is one scrypt run: a vault made with many would hold the page for minutes.
  checkKdfRuns(passwordSlots.length, 'password slots');
  const bytes = utf8Encode(password);
  for (const slot of passwordSlots) {
    const derived = await scrypt(bytes, slot.salt, { N: slot.N, r: slot.r, p: slot.p }, 32, AEGIS_VAULT);
    const masterKey = await openAesGcm(derived, slot.nonce, slot.sealedKey);
    if (masterKey?.length === 32) return masterKey;
  }
  throw new WrongPasswordError();
}
