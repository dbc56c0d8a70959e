/**
 * Ente Auth's plain export (ente-auth-codes-YYYY-MM-DD.txt): one otpauth:// link a line, as Ente
 * stores them (./ente-links.ts). Codes in Ente's trash are exported too; they are listed as
 * skipped, not imported: the user had deleted them.
 * @see https://github.com/ente-io/ente (docs/docs/auth/migration/export.md; auth/lib/models/code.dart)
 */
import { t } from '../../../i18n/t';
import { OtpUriError, parseOtpauthUri } from '../../../otp';
import { linksFromText } from '../../text-links';
import { exportedEntry } from '../exported-account';
import { checkAccountCount } from '../format-errors';
import type { FormatEntry, ImportFormat } from '../import-format';
import { isTrashed, linkNames, repairedLink, withoutLeakedPeriod } from './ente-links';

/** 1,000 codes with their codeDisplay take about 500 KB. */
const MAX_BYTES = 2 * 1024 * 1024;

/** The part of a file detect() looks at. */
const HEAD_CHARS = 64 * 1024;

const LINK_TYPE = /^otpauth:\/\/([^/?#]*)/iu;


function lineEntry(text: string): FormatEntry {
  const link = repairedLink(text);
  const type = LINK_TYPE.exec(link)?.[1]?.toLowerCase();
  if (type === undefined) return { ok: false, issuer: '', label: '', reason: t('otpNotOtpauthLink') };
  if (type !== 'totp' && type !== 'hotp') {
    // Steam, Yandex…: the shared rule words the skip. The secret is never read.
    return exportedEntry({ type: type || 'none', ...linkNames(link), secret: () => new Uint8Array() });
  }
  try {
    const account = withoutLeakedPeriod(parseOtpauthUri(link));
    if (isTrashed(link)) return { ok: false, issuer: account.issuer, label: account.label, reason: "In Ente Auth's trash: not imported.", skipped: true };
    return { ok: true, account };
  } catch (error) {
    if (!(error instanceof OtpUriError)) throw error;
    return { ok: false, ...linkNames(link), reason: error.message };
  }
}

export const enteTextFormat: ImportFormat = {
  id: 'ente-text',
  name: 'Ente Auth',
  maxBytes: MAX_BYTES,
  // A list of links is Ente's by its name or by the parameters only Ente writes.
  detect(file) {
    const lines = (file.text?.slice(0, HEAD_CHARS) ?? '').split(/\r?\n/u).map((line) => line.trim());
    const links = lines.filter((line) => /^otpauth:\/\//iu.test(line));
    if (links.length === 0) return false;
    return (
      /^ente-auth-codes/iu.test(file.name) ||
      links.some((line) => /[?&]codeDisplay=/iu.test(line) || /^otpauth:\/\/steam\//iu.test(line))
    );
  },
  isEncrypted: () => false,
  async read(file) {
    const text = file.text ?? '';
    // Ente writes no comments, but a line starting with '#' is no link either way.
    const lines = linksFromText(text);
    checkAccountCount(lines.length);
    // Ente ends every line with a line break: a last line without one is where the file was cut.
    const cut = /[\r\n]\s*$/u.test(text) ? undefined : lines.at(-1);
    return lines.map(({ line, text: link }): FormatEntry => {
      const place = `line ${line}`;
      if (line === cut?.line) return { ok: false, issuer: '', label: '', reason: t('importLineCutShort'), place };
      return { ...lineEntry(link), place };
    });
  },
};
