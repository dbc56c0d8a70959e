// Types of what the vault keeps besides the keyring, shared by the vault and its callers.

/**
 * Ties a vault account to a user on a server, so the MFA step finds "this user's seed" by
 * identity and never by matching issuer text. Encrypted with the rest of the account.
 */
export type ServerBinding = {
  profileId: string;
  /** The e-mail address the user logs in with (compared case-insensitively). */
  username: string;
  /** The server's id of the MFA key this seed belongs to, when the extension enrolled it. */
  mfaKeyId?: number;
  /** 'pending' from the moment the key is created until the server has activated it. */
  enrolment?: 'pending' | 'active';
  /**
   * Epoch ms the user tied the account to this user (at the MFA step or on the management page):
   * its seed was enrolled elsewhere, so no key id is known, and the tie alone says it logs in.
   */
  tiedAt?: number;
};

/** This browser registered as a trusted device of a user on a server (docs/api-contract.md §1.2, §1.4). */
export type TrustedDeviceRecord = {
  /** Chosen by the caller (e.g. crypto.randomUUID()), 1 to 64 characters; the only plaintext. */
  id: string;
  kind: 'trusted-device';
  profileId: string;
  username: string;
  /** Random, 256 bits, base64url: never derived from anything about the user or the browser. */
  fingerprint: string;
  /** Epoch ms the server accepted the registration; trusted for 90 days from then. */
  registeredAt: number;
  /**
   * Absent: the server is known to trust this fingerprint (its device list showed the registration,
   * or a login skipped the code with it). `unconfirmed`: the login that registered it succeeded, but
   * the list could not show that the server took it. `lapsed`: the server asked for a code in spite
   * of it; it is not sent again, only reused if the user trusts this browser again.
   */
  trust?: 'unconfirmed' | 'lapsed';
  /** The server's id of the device, when the list after registering showed which one it is. */
  deviceId?: number;
  operatingSystem?: string;
  browser?: string;
  name?: string;
};

/** An Amadis profile's OAuth client (docs/api-contract.md §2): the secret lives only in the vault. */
export type ProfileCredentialsRecord = {
  /** Chosen by the caller, 1 to 64 characters, as for every record. */
  id: string;
  kind: 'profile-credentials';
  profileId: string;
  clientId: string;
  clientSecret: string;
};

/**
 * A small secret record of the vault's `records` store (schema version 2). The whole record,
 * kind included, is one AES-GCM ciphertext whose AAD names the record's id.
 */
export type VaultRecord = TrustedDeviceRecord | ProfileCredentialsRecord;
