/**
 * What an import would do with each link: the background's half of the import (it alone sees the
 * vault's secrets). Pure, so preview and commit decide the same way from the same vault.
 */
import { t } from '../i18n/t';
import type { ImportPreviewItem } from './import-views';
import { OtpUriError, parseOtpauthUri, sameOtpKey, type OtpAccount } from '../otp';
import { accountName } from '../accounts/account-name';

export interface ImportPlan {
  /** One per link, in order, without any secret: the reply to the page. */
  items: ImportPreviewItem[];
  /** The accounts to add, in the order of their links. */
  accounts: OtpAccount[];
}

function parse(uri: string): OtpAccount | OtpUriError {
  try {
    return parseOtpauthUri(uri);
  } catch (error) {
    if (error instanceof OtpUriError) return error;
    throw error;
  }
}

/** Classifies every link as new, duplicate (of the vault or of an earlier link) or invalid. */
export function planImport(uris: readonly string[], existing: readonly OtpAccount[]): ImportPlan {
  const items: ImportPreviewItem[] = [];
  const accounts: OtpAccount[] = [];
  uris.forEach((uri, index) => {
    const parsed = parse(uri);
    if (parsed instanceof OtpUriError) {
      items.push({ index, status: 'invalid', reason: parsed.message });
      return;
    }
    const names = { type: parsed.type, issuer: parsed.issuer, label: parsed.label };
    const inVault = existing.find((account) => sameOtpKey(account, parsed));
    if (inVault) {
      const name = accountName(inVault);
      items.push({ index, status: 'duplicate', ...names, duplicateOf: name, reason: t('importAlreadyInVaultAs', { name }) });
      return;
    }
    const earlier = accounts.find((account) => sameOtpKey(account, parsed));
    if (earlier) {
      const name = accountName(earlier);
      items.push({ index, status: 'duplicate', ...names, duplicateOf: name, reason: t('importSameKeyEarlier', { name }) });
      return;
    }
    items.push({ index, status: 'new', ...names });
    accounts.push(parsed);
  });
  return { items, accounts };
}
