/**
 * The "Authenticator" browser extension's JSON backup (authenticator.json): an object whose
 * values are account records under their hash, plain ({ secret, type, issuer, account, … }) or
 * encrypted in one of three generations (./extension-keys.ts): v1 and v2 seal each secret
 * ({ encrypted: true, secret: "U2FsdGVkX1…" }), v3 seals each whole record
 * ({ dataType: "EncOTPStorage", keyId, data }). Its .txt export is otpauth links, read as such.
 * @see Authenticator-Extension/Authenticator src/models/storage.ts (getExport, backupGetExport, import)
 */
import { t } from '../../../i18n/t';
import { utf8Decode } from '../../../crypto/bytes';
import { openCryptoJs, readCryptoJsSealed } from '../crypto/cryptojs-passphrase';
import { checkKdfRuns } from '../crypto/kdf-limits';
import { checkAccountCount, DamagedFileError, PasswordNeededError, WrongPasswordError } from '../format-errors';
import type { FormatEntry, ImportFile, ImportFormat } from '../import-format';
import { integerField, isObject, stringField, type JsonObject } from '../json-fields';
import { EXTENSION_BACKUP, extensionEntry, isAccountRecord } from './extension-entries';
import { keyRecordPassphrase, oldKeyOf, oldKeyPassphrase } from './extension-keys';

/** What a decrypted secret looks like: Base32 (with an old kind prefix) or hexadecimal. */
const SECRET_TEXT = /^(?:(?:blz-|bliz-|stm-)?[A-Za-z2-7]+=*|[0-9A-Fa-f]+)$/u;
/** 1,000 accounts, each sealed with its own record, are about 1 MB. */
const MAX_BYTES = 5 * 1024 * 1024;

function backupOf(file: ImportFile): JsonObject | undefined {
  const { json } = file;
  if (!isObject(json)) return undefined;
  const values = Object.values(json);
  return values.some((value) => isAccountRecord(value) || (isObject(value) && value.dataType === 'Key')) ? json : undefined;
}

const isSealed = (record: JsonObject) => record.dataType === 'EncOTPStorage' || record.encrypted === true;

/** Accounts in the order the extension shows them (`index`), records without one last. */
function accountRecords(json: JsonObject): JsonObject[] {
  const order = (record: JsonObject) => integerField(record, 'index') ?? Number.MAX_SAFE_INTEGER;
  return Object.values(json).filter(isAccountRecord).sort((a, b) => order(a) - order(b));
}

function parseText(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    return utf8Decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Passphrases, derived once per key: Argon2id is the slow part of reading a v3 backup. The
 * extension writes one key record; records sealed under more keys than KDF_MAX_RUNS refuse the
 * file at the first key past it.
 */
class Passphrases {
  readonly #byKey = new Map<string, Promise<string>>();
  /** The key records by id, the first of an id winning: found once, not once a record. */
  readonly #keys = new Map<unknown, JsonObject>();
  #old: Promise<string> | undefined;
  constructor(
    private readonly json: JsonObject,
    private readonly password: string,
  ) {
    for (const value of Object.values(json)) {
      if (isObject(value) && value.dataType === 'Key' && !this.#keys.has(value.id)) this.#keys.set(value.id, value);
    }
  }

  forKeyId(keyId: string): Promise<string> | undefined {
    const key = this.#keys.get(keyId);
    if (!key) return undefined;
    if (!this.#byKey.has(keyId)) {
      checkKdfRuns(this.#byKey.size + 1, 'key records');
      this.#byKey.set(keyId, keyRecordPassphrase(key, this.password));
    }
    return this.#byKey.get(keyId);
  }

  forSecrets(): Promise<string> {
    const oldKey = oldKeyOf(this.json);
    this.#old ??= oldKey ? oldKeyPassphrase(oldKey, this.password) : Promise.resolve(this.password);
    return this.#old;
  }
}

/** A sealed record's account, or undefined when it does not decrypt with the password. */
async function openRecord(record: JsonObject, passphrases: Passphrases): Promise<FormatEntry | undefined> {
  if (record.dataType === 'EncOTPStorage') {
    const passphrase = passphrases.forKeyId(stringField(record, 'keyId'));
    const sealed = readCryptoJsSealed(record.data);
    if (!passphrase || !sealed) throw new DamagedFileError(EXTENSION_BACKUP);
    const text = parseText(await openCryptoJs(sealed, await passphrase));
    let inner: unknown;
    try {
      inner = text === undefined ? undefined : JSON.parse(text);
    } catch {
      return undefined;
    }
    return isObject(inner) && typeof inner.secret === 'string' ? extensionEntry(inner, inner.secret) : undefined;
  }
  const sealed = readCryptoJsSealed(record.secret);
  if (!sealed) throw new DamagedFileError(EXTENSION_BACKUP);
  const secret = parseText(await openCryptoJs(sealed, await passphrases.forSecrets()));
  return secret !== undefined && SECRET_TEXT.test(secret) ? extensionEntry(record, secret) : undefined;
}

export const authenticatorExtensionFormat: ImportFormat = {
  id: 'authenticator-extension',
  name: 'Authenticator extension',
  maxBytes: MAX_BYTES,
  detect: (file) => backupOf(file) !== undefined,
  isEncrypted: (file) => {
    const json = backupOf(file);
    return json !== undefined && accountRecords(json).some(isSealed);
  },
  async read(file, password) {
    const json = backupOf(file);
    if (!json) throw new DamagedFileError(EXTENSION_BACKUP);
    const records = accountRecords(json);
    // Counted before any is decrypted: each sealed record costs a decryption.
    checkAccountCount(records.length);
    if (records.some(isSealed) && password === undefined) throw new PasswordNeededError(file.name, 'Authenticator extension');
    const passphrases = new Passphrases(json, password ?? '');
    const entries: (FormatEntry | undefined)[] = [];
    for (const record of records) {
      entries.push(isSealed(record) ? await openRecord(record, passphrases) : extensionEntry(record, stringField(record, 'secret')));
    }
    // No sealed record opened: the password is wrong. Some did: the rest were sealed under another one.
    if (records.some(isSealed) && !records.some((record, index) => isSealed(record) && entries[index])) throw new WrongPasswordError();
    return entries.map((entry, index) => entry ?? { ok: false, reason: t('importAccountUndecrypted'), ...namesOf(records[index]) });
  },
};

/** The names a v1/v2 record keeps in the clear (a v3 record hides them too). */
function namesOf(record: JsonObject | undefined): { issuer: string; label: string } {
  return { issuer: record ? stringField(record, 'issuer') : '', label: record ? stringField(record, 'account') : '' };
}
