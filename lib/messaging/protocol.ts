/**
 * The one protocol map: every message the extension's contexts exchange, with its request and reply.
 * Types only, so the popup imports it without carrying zod; the background's request schemas
 * (request-schemas.ts) are checked against this map at compile time.
 *
 * Nothing in a reply ever carries a seed, a token or a passphrase: replies are views.
 */

import type { VaultState } from '../vault/vault-service';
import type {
  EnrolmentSecretView,
  MfaTypeView,
  NewProfileInput,
  PendingEnrolment,
  ProfilesView,
  SessionView,
} from './server-views';

export type { VaultState };
export type * from './server-views';
export type OtpAlgorithmName = 'SHA1' | 'SHA256' | 'SHA512';

export interface VaultStatus {
  state: VaultState;
  autoLockMinutes: number;
}

/** What the popup may know of an account: no secret. */
export interface AccountSummary {
  id: string;
  type: 'totp' | 'hotp';
  issuer: string;
  label: string;
  algorithm: OtpAlgorithmName;
  digits: number;
  period: number;
  counter: number;
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

export interface ManualAccountInput {
  type: 'totp' | 'hotp';
  issuer: string;
  label: string;
  secret: string;
  algorithm: OtpAlgorithmName;
  digits: number;
  period: number;
  counter: number;
}

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
