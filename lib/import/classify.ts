/**
 * What an import would do with each link: the background's half of the import (it alone sees the
 * vault's secrets). Pure, so preview and commit decide the same way from the same vault.
 */
import type { ImportPreviewItem } from '../messaging/protocol';
import { OtpUriError, parseOtpauthUri, type OtpAccount } from '../otp';

type NamedAccount = Pick<OtpAccount, 'issuer' | 'label'>;

export interface ImportPlan {
  /** One per link, in order, without any secret: the reply to the page. */
  items: ImportPreviewItem[];
  /** The accounts to add, in the order of their links. */
  accounts: OtpAccount[];
}

/** The same name the popup's list shows. */
function accountName(account: NamedAccount): string {
  return account.issuer ? `${account.issuer} (${account.label})` : account.label;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Two accounts give the same codes when their secret and parameters agree: that is a duplicate,
 * whatever the names say (apps export names differently).
 */
function sameKey(a: OtpAccount, b: OtpAccount): boolean {
  return (
    a.type === b.type &&
    a.algorithm === b.algorithm &&
    a.digits === b.digits &&
    a.period === b.period &&
    sameBytes(a.secret, b.secret)
  );
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
    const inVault = existing.find((account) => sameKey(account, parsed));
    if (inVault) {
      const name = accountName(inVault);
      items.push({ index, status: 'duplicate', ...names, duplicateOf: name, reason: `Already in the vault as ${name}.` });
      return;
    }
    const earlier = accounts.find((account) => sameKey(account, parsed));
    if (earlier) {
      const name = accountName(earlier);
      items.push({ index, status: 'duplicate', ...names, duplicateOf: name, reason: `Same key as ${name}, earlier in this import.` });
      return;
    }
    items.push({ index, status: 'new', ...names });
    accounts.push(parsed);
  });
  return { items, accounts };
}
