/**
 * A format's accounts as the rows of the import, named after the file they came from. A usable
 * account becomes its otpauth:// link, which then takes the path every link takes (length limit,
 * the background's check); the others are refused here with their reason.
 */
import { formatOtpauthUri } from '../../otp';
import type { FoundLink, RefusedEntry } from '../types';
import type { FormatEntry } from './import-format';

export function formatEntryRows(fileName: string, entries: readonly FormatEntry[]): (FoundLink | RefusedEntry)[] {
  return entries.map((item, index) => {
    const entry = `${fileName}, account ${index + 1}`;
    if (item.ok) return { entry, text: formatOtpauthUri(item.account) };
    return { entry, reason: item.reason, issuer: item.issuer, label: item.label, ...(item.skipped && { skipped: true }) };
  });
}
