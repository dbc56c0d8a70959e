/**
 * A format's accounts as the rows of the import, named after the file they came from. A usable
 * account becomes its otpauth:// link, which then takes the path every link takes (length limit,
 * the background's check); the others are refused here with their reason.
 */
import { formatOtpauthUri, OtpInputError } from '../../otp';
import type { FoundLink, RefusedEntry } from '../types';
import type { FormatEntry } from './import-format';

/** Names as long as a link can hold are shown; a longer one (a damaged file) is cut for the table. */
const MAX_NAME_CHARS = 256;

function shown(name: string): string {
  return name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS)}…` : name;
}

function refused(entry: string, reason: string, names: { issuer: string; label: string }, skipped?: true): RefusedEntry {
  return { entry, reason, issuer: shown(names.issuer), label: shown(names.label), ...(skipped && { skipped }) };
}

export function formatEntryRows(fileName: string, entries: readonly FormatEntry[]): (FoundLink | RefusedEntry)[] {
  return entries.map((item, index) => {
    const entry = `${fileName}, ${item.place ?? `account ${index + 1}`}`;
    if (!item.ok) return refused(entry, item.reason, item, item.skipped);
    try {
      return { entry, text: formatOtpauthUri(item.account) };
    } catch (error) {
      // Formats check their accounts; this keeps a field one of them let through from ending the preview.
      if (!(error instanceof OtpInputError)) throw error;
      return refused(entry, error.message, item.account);
    }
  });
}
