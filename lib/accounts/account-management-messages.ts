// The management page's account messages: edit, reorder, delete with undo, reveal the secret.
// Only `accounts.reveal` replies with a seed, and only after the vault passphrase is typed again.
import { pageMessage } from '../messaging/page-message';
import { passphrase, id, text, algorithm } from '../messaging/request-fields';
import * as z from '../zod';
import { formatOtpauthUri, validateOtpAccount } from '../otp';
import { groupedBase32 } from '../otp/base32';
import { editableAccount, isPendingEnrolment } from './server-binding';
import { keepDeletedAccount, takeDeletedAccount } from '../vault/deleted-accounts';
import { VaultLockedError } from '../vault/errors';
import { originsFromInput, SITE_MATCHES } from '../vault/origins';
import { accountsWithCodes, toAccountSummary } from './account-view';
import type { AccountFields, StoredAccount } from '../vault/vault-port';
import type { AccountDeps } from './account-deps';

/** One fields-only change of an account; the secret never changes here. */
const accountEditSchema = z.strictObject({
  id,
  issuer: z.optional(text(256)),
  label: z.optional(text(256)),
  algorithm: z.optional(algorithm),
  // Ranges are the OTP module's to check, as for accounts.addManual.
  digits: z.optional(z.number()),
  period: z.optional(z.number()),
  counter: z.optional(z.number()),
  origins: z.optional(z.array(text(2048)).check(z.maxLength(50))),
  siteMatch: z.optional(z.enum(SITE_MATCHES)),
});
type AccountEdit = z.output<typeof accountEditSchema>;

export function accountManagementMessages({ vault, now }: Pick<AccountDeps, 'vault' | 'now'>) {
  return {
    'accounts.update': pageMessage({
      request: accountEditSchema,
      async handle(edit) {
        const current = await editableAccount(vault, edit.id);
        const patch = patchFromEdit(edit);
        // The OTP module's rules and sentences, on the account as it would be stored.
        validateOtpAccount({ ...current, ...patch });
        return toAccountSummary(await vault.updateAccount(edit.id, patch));
      },
    }),
    /** The new order of every account, by id. */
    'accounts.reorder': pageMessage({
      request: z.strictObject({ ids: z.array(id).check(z.maxLength(10_000)) }),
      async handle({ ids }) {
        await vault.reorderAccounts(withPendingAccounts(ids, await vault.listAccounts()));
        return accountsWithCodes(await vault.listAccounts()).map(toAccountSummary);
      },
    }),
    /** Deleted at once; `undo` puts it back while the page still offers it (about 10 s). */
    'accounts.delete': pageMessage({
      request: z.strictObject({ id }),
      async handle({ id }) {
        await editableAccount(vault, id);
        const deleted = await vault.deleteAccount(id);
        return { undoToken: await keepDeletedAccount(deleted, now()) };
      },
    }),
    'accounts.undoDelete': pageMessage({
      request: z.strictObject({ undoToken: id }),
      async handle({ undoToken }) {
        // Taking the record uses the token up: a locked vault could not put it back, so say so
        // first and leave the token for an undo after unlocking, while the window lasts.
        if ((await vault.getVaultState()) === 'locked') throw new VaultLockedError();
        const deleted = await takeDeletedAccount(undoToken, now());
        return toAccountSummary(await vault.restoreAccount(deleted));
      },
    }),
    /** The secret and otpauth link of one account, only with the vault passphrase typed again. */
    'accounts.reveal': pageMessage({
      request: z.strictObject({ id, passphrase }),
      async handle({ id, passphrase }) {
        // The passphrase first: a wrong one learns nothing, not even whether the account exists.
        await vault.verifyPassphrase(passphrase);
        const account = await vault.getAccount(id);
        return { secret: groupedBase32(account.secret), otpauthUri: formatOtpauthUri(account) };
      },
    }),
  };
}

/** Only the fields the edit names; names trimmed as every other way of adding an account does. */
function patchFromEdit(edit: AccountEdit): Partial<AccountFields> {
  const patch: Partial<AccountFields> = {};
  if (edit.issuer !== undefined) patch.issuer = edit.issuer.trim();
  if (edit.label !== undefined) patch.label = edit.label.trim();
  if (edit.algorithm !== undefined) patch.algorithm = edit.algorithm;
  if (edit.digits !== undefined) patch.digits = edit.digits;
  if (edit.period !== undefined) patch.period = edit.period;
  if (edit.counter !== undefined) patch.counter = edit.counter;
  if (edit.origins !== undefined) patch.origins = originsFromInput(edit.origins);
  if (edit.siteMatch !== undefined) patch.siteMatch = edit.siteMatch;
  return patch;
}

/**
 * The page lists no pending enrolments, so its order leaves them out; the vault wants every id.
 * They keep their places relative to each other, after the accounts the page ordered.
 */
function withPendingAccounts(ids: readonly string[], accounts: readonly StoredAccount[]): string[] {
  const named = new Set(ids);
  const pending = accounts.filter((account) => isPendingEnrolment(account) && !named.has(account.id));
  return [...ids, ...pending.map((account) => account.id)];
}
