// How a restore merges a backup into the vault: what is new is added, what the vault already holds
// is left as it is (never overwritten), what cannot be used is listed with its reason.
import type { AccountFields, StoredAccount } from '../vault/vault-port';
import type { ImportPreviewItem } from '../import/import-views';
import { sameOtpKey, type OtpAccount } from '../otp';
import { accountName } from '../accounts/account-name';
import type { BackupEntry } from './backup-payload';

export interface RestorePlan {
  /** One item per entry of the file, in its order. No secret. */
  preview: ImportPreviewItem[];
  /** The new accounts, in the file's order. */
  additions: AccountFields[];
}

/** Compares each entry with the vault and with the entries before it (a file may repeat one). */
export function planRestore(entries: BackupEntry[], existing: StoredAccount[]): RestorePlan {
  const known: OtpAccount[] = [...existing];
  const preview: ImportPreviewItem[] = [];
  const additions: AccountFields[] = [];
  for (const entry of entries) {
    if (!('account' in entry)) {
      const { index, reason, type, issuer, label } = entry;
      preview.push({ index, status: 'invalid', reason, ...defined({ type, issuer, label }) });
      continue;
    }
    const { index, account } = entry;
    const names = { type: account.type, issuer: account.issuer, label: account.label };
    const twin = known.find((candidate) => sameOtpKey(candidate, account));
    if (twin) {
      preview.push({ index, status: 'duplicate', ...names, duplicateOf: accountName(twin) });
    } else {
      preview.push({ index, status: 'new', ...names });
      additions.push(account);
      known.push(account);
    }
  }
  return { preview, additions };
}

function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
