/**
 * Ente Auth's links as its plain export writes them: otpauth:// links with Ente's own parameters
 * besides the standard ones (`codeDisplay`: pinned, trashed, tags…) and Steam codes as
 * `otpauth://steam/`, with the repairs Ente makes when it reads them back.
 * @see https://github.com/ente-io/ente (auth/lib/models/code.dart)
 */
import { t } from '../../../i18n/t';
import type { FileNoun } from '../format-errors';
import { parseOtpauthUri, type OtpAccount } from '../../../otp';
import { isObject } from '../json-fields';

export const ENTE_EXPORT: FileNoun = () => t('importFileEnteExport');

/**
 * Ente's own repairs before reading a link: a '#' in a name is text, not the start of a fragment,
 * and old versions wrote `algorithm=Algorithm.sha1`.
 */
export function repairedLink(line: string): string {
  return line.replace(/#/gu, '%23').replace(/([?&]algorithm=)Algorithm\./iu, '$1');
}

/** The parameter's value, form-decoded; undefined when absent or not decodable. */
function parameter(link: string, name: string): string | undefined {
  const query = link.split('?', 2)[1] ?? '';
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).toLowerCase() !== name.toLowerCase()) continue;
    try {
      return decodeURIComponent(pair.slice(eq + 1).replace(/\+/gu, ' '));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Whether `codeDisplay` says the code is in the trash; a damaged codeDisplay says nothing. */
export function isTrashed(link: string): boolean {
  const display = parameter(link, 'codeDisplay');
  if (display === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(display);
    return isObject(parsed) && parsed.trashed === true;
  } catch {
    return false;
  }
}

/** An old Ente bug left "…period=30" inside the issuer parameter; Ente cuts it off when reading. */
export function withoutLeakedPeriod(account: OtpAccount): OtpAccount {
  const at = account.issuer.indexOf('period=');
  return at < 0 ? account : { ...account, issuer: account.issuer.slice(0, at).replace(/[&\s]+$/u, '') };
}

/**
 * The names of a link the vault does not import (another type, bad parameters), to show beside
 * the reason: its label and issuer alone are read, with a stand-in secret, so that nothing else
 * in the link decides whether they can be shown.
 */
export function linkNames(link: string): { issuer: string; label: string } {
  const label = /^otpauth:\/\/[^/?#]*\/?([^?#]*)/iu.exec(link)?.[1] ?? '';
  const issuer = /[?&]issuer=([^&#]*)/iu.exec(link)?.[1];
  try {
    const names = parseOtpauthUri(`otpauth://totp/${label}?secret=AAAAAAAAAAAAAAAA${issuer === undefined ? '' : `&issuer=${issuer}`}`);
    return { issuer: names.issuer, label: names.label };
  } catch {
    return { issuer: '', label: '' };
  }
}
