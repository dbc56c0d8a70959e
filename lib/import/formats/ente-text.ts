/**
 * Ente Auth's plain export (ente-auth-codes-YYYY-MM-DD.txt): one otpauth:// link a line, as Ente
 * stores them, with its own parameters besides the standard ones: `codeDisplay` (JSON: pinned,
 * trashed, tags…) and Steam codes as `otpauth://steam/`. Codes in Ente's trash are exported too;
 * they are listed as skipped, not imported: the user had deleted them.
 * @see https://github.com/ente-io/ente (docs/docs/auth/migration/export.md; auth/lib/models/code.dart)
 */
import { OtpUriError, parseOtpauthUri, type OtpAccount } from '../../otp';
import { linksFromText } from '../text-links';
import type { FormatRow, ImportFormat } from './format';
import { accountRow, checkRowCount, isRecord, refusedRow, skippedRow, steamRow, type EntryNames } from './rows';

/** 1,000 codes with their codeDisplay take about 500 KB. */
const MAX_BYTES = 2 * 1024 * 1024;

const LINK_TYPE = /^otpauth:\/\/([^/?#]*)/iu;

const CUT_SHORT = 'The file ends in the middle of this line, without its line break: it may have been cut short.';

/**
 * Ente's own repairs before reading a link: a '#' in a name is text, not the start of a fragment,
 * and old versions wrote `algorithm=Algorithm.sha1`.
 */
function repaired(line: string): string {
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
function isTrashed(link: string): boolean {
  const display = parameter(link, 'codeDisplay');
  if (display === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(display);
    return isRecord(parsed) && parsed.trashed === true;
  } catch {
    return false;
  }
}

/** An old Ente bug left "…period=30" inside the issuer parameter; Ente cuts it off when reading. */
function withoutLeakedPeriod(account: OtpAccount): OtpAccount {
  const at = account.issuer.indexOf('period=');
  return at < 0 ? account : { ...account, issuer: account.issuer.slice(0, at).replace(/[&\s]+$/u, '') };
}

/**
 * The names of a link the vault does not import (another type, bad parameters), to show beside
 * the reason: its label and issuer alone are read, with a stand-in secret, so that nothing else
 * in the link decides whether they can be shown.
 */
function namesOf(link: string): EntryNames {
  const label = /^otpauth:\/\/[^/?#]*\/?([^?#]*)/iu.exec(link)?.[1] ?? '';
  const issuer = /[?&]issuer=([^&#]*)/iu.exec(link)?.[1];
  try {
    const names = parseOtpauthUri(`otpauth://totp/${label}?secret=AAAAAAAAAAAAAAAA${issuer === undefined ? '' : `&issuer=${issuer}`}`);
    return { issuer: names.issuer, label: names.label };
  } catch {
    return {};
  }
}

function lineRow(text: string, entry: string): FormatRow {
  const link = repaired(text);
  const type = LINK_TYPE.exec(link)?.[1]?.toLowerCase();
  if (type === undefined) return refusedRow(entry, 'This is not an otpauth:// link.');
  if (type === 'steam') return steamRow(entry, namesOf(link));
  if (type !== 'totp' && type !== 'hotp') {
    const shown = type.slice(0, 20) || 'none';
    return skippedRow(entry, `Codes of the type ${shown} are not supported: this account was not imported.`, namesOf(link));
  }
  let account: OtpAccount;
  try {
    account = withoutLeakedPeriod(parseOtpauthUri(link));
  } catch (error) {
    if (!(error instanceof OtpUriError)) throw error;
    return refusedRow(entry, error.message, namesOf(link));
  }
  if (isTrashed(link)) return skippedRow(entry, "In Ente Auth's trash: not imported.", account);
  return accountRow(entry, account);
}

export const enteText: ImportFormat = {
  id: 'ente-text',
  name: 'Ente Auth export (plain text)',
  maxBytes: MAX_BYTES,
  detect(head, fileName) {
    const lines = head.split(/\r?\n/u).map((line) => line.trim());
    const links = lines.filter((line) => /^otpauth:\/\//iu.test(line));
    if (links.length === 0) return false;
    return (
      /^ente-auth-codes/iu.test(fileName) ||
      links.some((line) => /[?&]codeDisplay=/iu.test(line) || /^otpauth:\/\/steam\//iu.test(line))
    );
  },
  parse(text, source) {
    // Ente writes no comments, but a line starting with '#' is no link either way.
    const lines = linksFromText(text);
    checkRowCount(lines.length);
    // Ente ends every line with a line break: a last line without one is where the file was cut.
    const cut = /[\r\n]\s*$/u.test(text) ? undefined : lines.at(-1);
    return lines.map(({ line, text: link }) => {
      const entry = `${source}, line ${line}`;
      return line === cut?.line ? refusedRow(entry, CUT_SHORT) : lineRow(link, entry);
    });
  },
};
