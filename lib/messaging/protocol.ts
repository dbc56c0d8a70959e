/**
 * The one protocol map: every message the extension's contexts exchange, with its request and reply.
 * Types only, so the popup imports it without carrying zod; the background's request schemas
 * (request-schemas.ts) are checked against this map at compile time.
 *
 * Nothing in a reply ever carries a seed, a token or a passphrase: replies are views.
 */

import type { AccountSummary } from '../accounts/account-view';
import type { OtpAccount } from '../otp';
import type { VaultState } from '../vault/vault-service';
import type {
  EnrolmentSecretView,
  MfaTypeView,
  NewProfileInput,
  PendingEnrolment,
  ProfilesView,
  SessionView,
} from './server-views';
import type {
  AccountEdit,
  BackupFile,
  BackupStatus,
  ImportPreviewItem,
  ImportResult,
  MfaKeysView,
  SettingsView,
  TrustedDevicesView,
} from './management-views';

import type { AutofillCandidates, AutofillOutcome, PendingAutofill } from './autofill-views';

export type { AccountSummary, VaultState };
export type { OtpAlgorithm, OtpType } from '../otp';
export type * from './autofill-views';
export type * from './server-views';
export type * from './management-views';

export interface VaultStatus {
  state: VaultState;
  autoLockMinutes: number;
}

export interface TotpCode {
  id: string;
  code: string;
  /** Epoch milliseconds at which this code stops being current. */
  validUntil: number;
}

export interface CurrentCodes {
  codes: TotpCode[];
}

/** An account typed in by hand: the OTP parameters, with the secret as the Base32 text typed. */
export type ManualAccountInput = Omit<OtpAccount, 'secret'> & { secret: string };

/** Everything the popup needs for its first paint, in one round trip. */
export interface PopupSnapshot {
  status: VaultStatus;
  /** When unlocked: the first `firstRows` accounts; the rest follow with `accounts.list`. */
  accounts?: AccountSummary[];
  /** When unlocked: how many accounts there are in all. */
  total?: number;
  /** When unlocked: the codes of those first accounts that are time-based. */
  codes?: TotpCode[];
}

type Empty = Record<string, never>;

export interface Protocol {
  'popup.open': { request: { firstRows: number }; reply: PopupSnapshot };
  'vault.status': { request: Empty; reply: VaultStatus };
  'vault.create': { request: { passphrase: string }; reply: VaultStatus };
  'vault.unlock': { request: { passphrase: string }; reply: VaultStatus };
  'vault.lock': { request: Empty; reply: VaultStatus };
  'vault.changePassphrase': { request: { current: string; next: string }; reply: VaultStatus };
  'accounts.list': { request: Empty; reply: AccountSummary[] };
  'accounts.addUri': { request: { uri: string }; reply: AccountSummary };
  'accounts.addManual': { request: ManualAccountInput; reply: AccountSummary };
  'codes.current': { request: { ids?: string[] }; reply: CurrentCodes };
  'hotp.next': { request: { id: string }; reply: { code: string; counter: number } };
  'settings.setAutoLock': { request: { minutes: number }; reply: VaultStatus };

  // Server profiles. The popup asks for a custom host's permission before sending profiles.add.
  'profiles.list': { request: Empty; reply: ProfilesView };
  'profiles.add': { request: NewProfileInput; reply: ProfilesView };
  'profiles.remove': { request: { id: string }; reply: ProfilesView };
  'profiles.select': { request: { id: string }; reply: ProfilesView };

  // Logging in to an EMnify server. Every flow needs an unlocked vault (fingerprints and seeds live there).
  'session.view': { request: Empty; reply: SessionView };
  'session.loginPassword': { request: { profileId: string; username: string; password: string }; reply: SessionView };
  'session.loginToken': { request: { profileId: string; applicationToken: string }; reply: SessionView };
  /** MFA step 2. Without `code`, the background uses a fresh code of the bound vault account. */
  'session.submitCode': { request: { code?: string; trustDevice: boolean }; reply: SessionView };
  'session.cancelMfa': { request: Empty; reply: SessionView };
  'session.logout': { request: Empty; reply: SessionView };
  /** Ends the session on success: the user logs in again with the new password. */
  'session.changePassword': { request: { oldPassword: string; newPassword: string }; reply: SessionView };

  // Enrolling a TOTP key for the logged-in user; the seed is in the vault before anything else happens.
  'enrolment.types': { request: Empty; reply: MfaTypeView[] };
  'enrolment.start': { request: { typeId: number; password: string }; reply: PendingEnrolment };
  'enrolment.list': { request: Empty; reply: PendingEnrolment[] };
  /**
   * The only reply that carries a seed: the QR code and secret of a key that is still pending, so
   * the user can add it to a phone too. Refused once the key is active (revealing an active
   * account's secret needs the passphrase again).
   */
  'enrolment.reveal': { request: { accountId: string }; reply: EnrolmentSecretView };
  'enrolment.activate': { request: { accountId: string }; reply: AccountSummary };
  /** Deletes the pending key on the server, then its seed from the vault. */
  'enrolment.cancel': { request: { accountId: string }; reply: PendingEnrolment[] };

  // Account flows that need no session.
  'account.activate': { request: { profileId: string; activationKey: string; password: string }; reply: Empty };
  'account.resendActivation': { request: { profileId: string; username: string; recaptchaToken: string }; reply: Empty };
  /** Amadis: the returned secret becomes a vault account with codes. */
  'amadis.register': { request: { profileId: string; name: string; email: string; password: string }; reply: AccountSummary };
  'amadis.changePassword': {
    request: { profileId: string; email: string; oldPassword: string; newPassword: string };
    reply: Empty;
  };
  /** The password the server generated, shown once. */
  'amadis.resetPassword': { request: { profileId: string; email: string }; reply: { password: string } };

  // The management page. Device and key lists are those of the logged-in user (NotLoggedInError).
  'devices.list': { request: Empty; reply: TrustedDevicesView };
  /** Revoking this browser's own device also forgets its fingerprint. A 404 just refreshes the list. */
  'devices.revoke': { request: { id: number }; reply: TrustedDevicesView };
  'devices.revokeOthers': { request: Empty; reply: TrustedDevicesView };
  'mfaKeys.list': { request: Empty; reply: MfaKeysView };
  'mfaKeys.delete': { request: { id: number }; reply: MfaKeysView };

  'accounts.update': { request: AccountEdit; reply: AccountSummary };
  /** The new order of every account, by id. */
  'accounts.reorder': { request: { ids: string[] }; reply: AccountSummary[] };
  /** Deleted at once; `undo` puts it back while the page still offers it (about 10 s). */
  'accounts.delete': { request: { id: string }; reply: { undoToken: string } };
  'accounts.undoDelete': { request: { undoToken: string }; reply: AccountSummary };
  /** The secret and otpauth link of one account, only with the vault passphrase typed again. */
  'accounts.reveal': { request: { id: string; passphrase: string }; reply: { secret: string; otpauthUri: string } };

  /** otpauth:// links (the page turns QR images and migration exports into links first). */
  'import.preview': { request: { uris: string[] }; reply: ImportPreviewItem[] };
  /** Adds the valid, non-duplicate entries; `origin` is the site they were scanned from, if any. */
  'import.commit': { request: { uris: string[]; origin?: string }; reply: ImportResult };

  'backup.status': { request: Empty; reply: BackupStatus };
  /** Every account, encrypted with `passphrase` (chosen for this backup; same KDF floor as the vault). */
  'backup.export': { request: { passphrase: string; vaultPassphrase: string }; reply: BackupFile };
  'backup.preview': { request: { content: string; passphrase: string }; reply: ImportPreviewItem[] };
  /** Merges: adds what the vault lacks, never overwrites. */
  'backup.restore': { request: { content: string; passphrase: string }; reply: ImportResult };
  /** Plain otpauth:// links, one per line, after the vault passphrase is typed again. */
  'backup.exportPlain': { request: { vaultPassphrase: string }; reply: { content: string } };

  'settings.get': { request: Empty; reply: SettingsView };
  'settings.update': { request: Partial<SettingsView>; reply: SettingsView };
  /** A code was copied: the background clears the clipboard after the configured delay. */
  'clipboard.copied': { request: Empty; reply: Empty };
  /** Deletes the vault, the settings, the profiles and the session. `confirmation` must be "erase". */
  'vault.erase': { request: { confirmation: string }; reply: VaultStatus };

  // Autofill, always after a user gesture: the popup's Fill button here; the keyboard command and
  // the context menu reach the background as browser events, not messages.
  /** Accounts that match the active tab's site. */
  'autofill.candidates': { request: Empty; reply: AutofillCandidates };
  /**
   * Fills the code of `accountId` into the active tab (the frame of a pending menu fill, if any).
   * `confirmed` is the user's yes to a confirmation the background asked for; the site is then
   * remembered on the account when it was a new one.
   */
  'autofill.fill': { request: { accountId: string; confirmed: boolean }; reply: AutofillOutcome };
  /** A keyboard or menu fill waiting for the user's choice or confirmation in the popup. */
  'autofill.pending': { request: Empty; reply: PendingAutofill | null };
  'autofill.dismiss': { request: Empty; reply: Empty };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ReplyOf<K extends MessageType> = Protocol[K]['reply'];

/** What travels over runtime messaging. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  body: RequestOf<K>;
}

/** A failure as the other side sees it: a typed name and one sentence meant for the user. */
export interface WireError {
  name: string;
  message: string;
}

export type Reply<K extends MessageType = MessageType> =
  | { ok: true; value: ReplyOf<K> }
  | { ok: false; error: WireError };
