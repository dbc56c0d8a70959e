/**
 * The accounts of a 2FAS backup's services (the `services` array, or `servicesEncrypted` once
 * decrypted). Schema 1 has no algorithm, digits or period (TOTP, SHA1, 6, 30); schema 2 adds
 * them; schema 3 adds tokenType (TOTP, HOTP) and counter; schema 4 the STEAM type and the link.
 * @see twofas/2fas-android data/services/…/domain/BackupContent.kt, BackupService.kt, Service.kt
 */
import { base32Secret, exportedEntry } from '../exported-account';
import type { FormatEntry } from '../import-format';
import { integerField, isObject, stringField, type JsonObject } from '../json-fields';

/** The account part of a label "Issuer:account", or the whole label when it has no issuer. */
function labelAccount(label: string): string {
  const at = label.indexOf(':');
  return at < 0 ? label : label.slice(at + 1);
}

export function twoFasServiceEntry(raw: unknown): FormatEntry {
  const service: JsonObject = isObject(raw) ? raw : {};
  const otp: JsonObject = isObject(service.otp) ? service.otp : {};
  return exportedEntry({
    type: stringField(otp, 'tokenType', 'TOTP'),
    // The service's name is what 2FAS shows; the issuer of the original link, when kept, is exact.
    issuer: stringField(otp, 'issuer').trim() || stringField(service, 'name'),
    label: stringField(otp, 'account').trim() || labelAccount(stringField(otp, 'label')),
    secret: base32Secret(service.secret),
    algorithm: stringField(otp, 'algorithm') || undefined,
    digits: integerField(otp, 'digits'),
    period: integerField(otp, 'period'),
    counter: integerField(otp, 'counter'),
  });
}
