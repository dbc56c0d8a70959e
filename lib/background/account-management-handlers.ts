// The management page's account messages: edit, reorder, delete with undo, reveal the secret.
// Only `accounts.reveal` replies with a seed, and only after the vault passphrase is typed again.
import type { AccountEdit } from '../messaging/management-views';
import type { Handlers } from '../messaging/router';
import { formatOtpauthUri, validateOtpAccount } from '../otp';
import { groupedBase32 } from '../server/enrolment-account';
import { isPendingEnrolment } from '../accounts/server-binding';
import { keepDeletedAccount, takeDeletedAccount } from '../vault/deleted-accounts';
import { PendingAccountError, VaultLockedError } from '../vault/errors';
import { originsFromInput } from '../vault/origins';
import { accountsWithCodes, toAccountSummary } from '../accounts/account-view';
import type { AccountFields, StoredAccount, VaultPort } from '../vault/vault-port';
import type { BackgroundDeps } from './deps';

type AccountManagementHandlers = Pick<
  Handlers,
  'accounts.update' | 'accounts.reorder' | 'accounts.delete' | 'accounts.undoDelete' | 'accounts.reveal'
>;

export function accountManagementHandlers({ vault, now }: BackgroundDeps): AccountManagementHandlers {
  return {
    'accounts.update': {
      from: 'extension-page',
      async handle(edit) {
        const current = await editableAccount(vault, edit.id);
        const patch = patchFromEdit(edit);
        // The OTP module's rules and sentences, on the account as it would be stored.
        validateOtpAccount({ ...current, ...patch });
        return toAccountSummary(await vault.updateAccount(edit.id, patch));
      },
    },
    'accounts.reorder': {
      from: 'extension-page',
      async handle({ ids }) {
        await vault.reorderAccounts(withPendingAccounts(ids, await vault.listAccounts()));
        return accountsWithCodes(await vault.listAccounts()).map(toAccountSummary);
      },
    },
    'accounts.delete': {
      from: 'extension-page',
      async handle({ id }) {
        await editableAccount(vault, id);
        const deleted = await vault.deleteAccount(id);
        return { undoToken: await keepDeletedAccount(deleted, now()) };
      },
    },
    'accounts.undoDelete': {
      from: 'extension-page',
      async handle({ undoToken }) {
        // Taking the record uses the token up: a locked vault could not put it back, so say so
        // first and leave the token for an undo after unlocking, while the window lasts.
        if ((await vault.getVaultState()) === 'locked') throw new VaultLockedError();
        const deleted = await takeDeletedAccount(undoToken, now());
        return toAccountSummary(await vault.restoreAccount(deleted));
      },
    },
    'accounts.reveal': {
      from: 'extension-page',
      async handle({ id, passphrase }) {
        // The passphrase first: a wrong one learns nothing, not even whether the account exists.
        await vault.verifyPassphrase(passphrase);
        const account = await vault.getAccount(id);
        return { secret: groupedBase32(account.secret), otpauthUri: formatOtpauthUri(account) };
      },
    },
  };
}

/**
 * The account, unless it holds the seed of a key still being enrolled: that one is finished or
 * cancelled by the enrolment flow, which also knows about the key on the server.
 */
async function editableAccount(vault: VaultPort, id: string): Promise<StoredAccount> {
  const account = await vault.getAccount(id);
  if (isPendingEnrolment(account)) throw new PendingAccountError();
  return account;
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
