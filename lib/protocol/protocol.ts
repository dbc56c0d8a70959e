/**
 * The protocol the extension's pages speak to the background, derived from the capabilities'
 * message definitions (message-groups.ts lists them): a message's request is what its schema
 * takes, its reply what its handler returns. Types only, so a page that imports it carries
 * neither zod nor any background code.
 *
 * Nothing in a reply carries a seed, a token or a passphrase: replies are views. The few
 * deliberate exceptions say so where they are defined (enrolment.reveal, accounts.reveal,
 * backup.exportPlain, amadis.resetPassword).
 */
import type { Envelope as GateEnvelope, Reply as GateReply } from '../messaging/gate';
import type { ProtocolOf } from '../messaging/page-message';
import type { MESSAGE_GROUPS } from './message-groups';

type Group = (typeof MESSAGE_GROUPS)[number];
type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** Every message definition, by name. */
export type MessageTable = Intersection<ReturnType<Group>>;
/** What the background hands the message groups: everything each of them asks for. */
export type MessageDeps = Intersection<Exclude<Parameters<Group>[0], undefined>>;

export type Protocol = ProtocolOf<MessageTable>;
export type MessageType = keyof Protocol & string;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ReplyOf<K extends MessageType> = Protocol[K]['reply'];
export type Envelope<K extends MessageType = MessageType> = GateEnvelope<K, RequestOf<K>>;
export type Reply<K extends MessageType = MessageType> = GateReply<ReplyOf<K>>;
export type { WireError } from '../messaging/gate';

// The views and inputs pages name, each owned by the capability that builds or reads it.
export type ManualAccountInput = RequestOf<'accounts.addManual'>;
export type AccountEdit = RequestOf<'accounts.update'>;
export type { OtpAlgorithm, OtpType } from '../otp';
export type { AccountSummary } from '../accounts/account-view';
export type { CurrentCodes, TotpCode } from '../accounts/current-codes';
export type { PopupSnapshot } from '../accounts/popup-messages';
export type { VaultState } from '../vault/vault-service';
export type { VaultStatus } from '../vault/vault-port';
export type * from '../autofill/worker/autofill-views';
export type * from '../server/server-views';
export type * from '../server/management-views';
export type * from '../import/import-views';
export type * from '../backup/backup-views';
export type * from '../settings/settings-view';
export type * from '../sync/sync-view';
