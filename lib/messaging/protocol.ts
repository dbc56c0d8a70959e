/**
 * The one protocol map: every message the extension's contexts exchange, with its request and reply.
 * Types only, so the popup imports it without carrying zod; the background's request schemas
 * (request-schemas.ts) are checked against this map at compile time.
 *
 * Nothing in a reply ever carries a seed, a token or a passphrase: replies are views.
 */

import type { VaultState } from '../vault/vault-service';

export type { VaultState };
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
