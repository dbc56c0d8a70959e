/**
 * Views of the server flows (profiles, login, MFA enrolment, account flows) as the popup sees them.
 * Types only. No token, fingerprint, mfa_token or server password is ever part of a view; the one
 * reply that carries a seed is `enrolment.reveal` (see its comment in protocol.ts).
 */

export type ServerKind = 'emnify' | 'amadis';

/** A server the extension can talk to. Built-in ones cannot be removed. */
export interface ServerProfile {
  id: string;
  kind: ServerKind;
  name: string;
  /** Origin plus optional path prefix, without a trailing slash, e.g. `https://cdn.emnify.net`. */
  baseUrl: string;
  builtIn: boolean;
  /** EMnify: the provider's own page for resending an activation e-mail (reCAPTCHA lives there). */
  resendActivationUrl?: string;
  /** Amadis: an OAuth client (id + secret, kept in the vault) is configured for this profile. */
  hasClientCredentials?: boolean;
}

export interface ProfilesView {
  profiles: ServerProfile[];
  /** The profile the popup preselects (the last one used, or the first built-in one). */
  selectedId: string;
}

/** What the user typed to add a server. Secrets here go straight into the vault. */
export interface NewProfileInput {
  kind: ServerKind;
  name: string;
  baseUrl: string;
  resendActivationUrl?: string;
  /** Amadis only, both or neither. */
  clientId?: string;
  clientSecret?: string;
}

export type LoginMethod = 'password' | 'application-token';

/** This browser as the popup describes it when the user trusts it (docs/api-contract.md §1.2 `trusted_device`). */
export interface DeviceInfo {
  operatingSystem: string;
  browser: string;
  name: string;
}

/** A vault account as the Server tab names it: never its seed or code. */
export interface VaultAccountName {
  id: string;
  issuer: string;
  label: string;
}

export type SessionView =
  | {
      state: 'logged-out';
      /** Prefills the form after a logout, a change of password or an expired session. */
      lastProfileId?: string;
      lastUsername?: string;
      /** Why the last session ended, when it was not the user's own logout (one sentence). */
      notice?: string;
    }
  | {
      state: 'mfa';
      profile: ServerProfile;
      username: string;
      /**
       * A vault account bound to this user on this server: the popup offers "Continue with the code
       * from this vault". Without one, the popup offers the vault's accounts to pick from.
       */
      vaultAccount?: VaultAccountName;
      /** The fingerprint the browser sent was not (or no longer) trusted by the server. */
      deviceNotTrusted?: boolean;
    }
  | {
      state: 'logged-in';
      profile: ServerProfile;
      /** The e-mail address; absent for an application-token login. */
      username?: string;
      method: LoginMethod;
      /** Epoch ms at which the auth token expires (renewed shortly before, when a refresh token exists). */
      expiresAt?: number;
      /**
       * This browser is a trusted device for this user until then (epoch ms): only once the server
       * is known to trust it (its device list showed the registration, or a login skipped the code).
       */
      trustedUntil?: number;
      /**
       * The user asked the server to trust this browser at this login, and it is not said to be
       * trusted: the server did not register it (the next login asks for a code), or its device
       * list could not show whether it did (the next login will tell).
       */
      trustRequest?: 'not-registered' | 'not-confirmed';
      /** The server skipped the code because this browser is trusted. */
      skippedCode?: boolean;
      /** The account picked at the MFA step, not tied to this user: "Use this key next time?" */
      keyOffer?: VaultAccountName;
    };

export interface MfaTypeView {
  id: number;
  description: string;
}

/** An MFA key whose seed is in the vault but which the server has not activated yet. */
export interface PendingEnrolment {
  /** The vault account holding the seed. */
  accountId: string;
  profile: ServerProfile;
  username: string;
  keyId: number;
  issuer: string;
  label: string;
  /** Epoch ms the key was created. */
  createdAt: number;
  /** Finish and cancel need a session as this user on this server. */
  canFinish: boolean;
}

/** The otpauth link (shown as a QR code) and grouped Base32 secret of a pending key, for a phone too. */
export interface EnrolmentSecretView {
  /** Base32, upper case, in groups of four separated by spaces. */
  secret: string;
  /** The key as an otpauth:// link, for the QR code the page draws. */
  otpauthUri: string;
}
