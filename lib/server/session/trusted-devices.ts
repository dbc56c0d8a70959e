// This browser as a trusted device of a user on a server (docs/api-contract.md §1.2, §1.4). The
// fingerprint is random, one per browser profile and server user, and lives only in the vault:
// trusting this browser again reuses it, so the server re-registers the browser it knows instead of
// listing one more device. What the vault knows of the server's trust is the record's `trust`
// (record-types.ts); the server trusts a registration for 90 days, so an older one is not even sent.
import { TRUSTED_DEVICE_LIFETIME_MS } from '../../api';
import type { VaultPort } from '../../vault/vault-port';
import { randomBase64Url } from '../../crypto/bytes';
import type { TrustedDeviceRecord, VaultRecord } from '../../vault/record-types';
import type { DeviceInfo } from '../server-views';
import { sameUser } from '../../accounts/server-binding';

/** 256 bits: far above the contract's 128-bit floor, and as long as a key. */
const FINGERPRINT_BYTES = 32;

/** A fresh random fingerprint. */
export function newFingerprint(): string {
  return randomBase64Url(FINGERPRINT_BYTES);
}

function isDeviceOf(record: VaultRecord, profileId: string, username: string): record is TrustedDeviceRecord {
  return record.kind === 'trusted-device' && record.profileId === profileId && sameUser(record.username, username);
}

export function trustedUntil(record: TrustedDeviceRecord): number {
  return record.registeredAt + TRUSTED_DEVICE_LIFETIME_MS;
}

/** The server is known to trust it: its device list showed the registration, or a login skipped the code. */
export function isConfirmed(record: TrustedDeviceRecord): boolean {
  return record.trust === undefined;
}

async function registrationsOf(vault: VaultPort, profileId: string, username: string): Promise<TrustedDeviceRecord[]> {
  return (await vault.listRecords())
    .filter((record) => isDeviceOf(record, profileId, username))
    .sort((a, b) => b.registeredAt - a.registeredAt);
}

/**
 * This browser's newest registration for the user, whatever the server thinks of it now (lapsed or
 * past its 90 days): the fingerprint to register again, and the device id the server gave it.
 */
export async function lastRegistration(vault: VaultPort, profileId: string, username: string): Promise<TrustedDeviceRecord | undefined> {
  return (await registrationsOf(vault, profileId, username))[0];
}

/**
 * The newest registration to send with the password: not lapsed, and within the 90 days the server
 * trusts it. It may be unconfirmed: sending it is how the next login tells.
 */
export async function findTrustedDevice(
  vault: VaultPort,
  profileId: string,
  username: string,
  now: number,
): Promise<TrustedDeviceRecord | undefined> {
  return (await registrationsOf(vault, profileId, username)).find(
    (record) => record.trust !== 'lapsed' && trustedUntil(record) > now,
  );
}

/** Forgets every registration of this browser for the user, fingerprint included. */
export async function forgetTrustedDevices(vault: VaultPort, profileId: string, username: string): Promise<void> {
  for (const record of await registrationsOf(vault, profileId, username)) await vault.deleteRecord(record.id);
}

/**
 * Stores a registration just sent, replacing any earlier one for the user (one fingerprint per
 * user). Unconfirmed until the server shows it took it: the login answers the same either way.
 */
export async function saveTrustedDevice(
  vault: VaultPort,
  registration: {
    profileId: string;
    username: string;
    fingerprint: string;
    device: DeviceInfo;
    registeredAt: number;
  },
): Promise<TrustedDeviceRecord> {
  await forgetTrustedDevices(vault, registration.profileId, registration.username);
  const record: TrustedDeviceRecord = {
    id: crypto.randomUUID(),
    kind: 'trusted-device',
    profileId: registration.profileId,
    username: registration.username,
    fingerprint: registration.fingerprint,
    registeredAt: registration.registeredAt,
    trust: 'unconfirmed',
    operatingSystem: registration.device.operatingSystem,
    browser: registration.device.browser,
    name: registration.device.name,
  };
  await vault.putRecord(record);
  return record;
}

/**
 * What the server has since shown of a registration: trusted (with its device id when known), or
 * lapsed when it asked for a code in spite of the fingerprint.
 */
export async function updateTrust(
  vault: VaultPort,
  record: TrustedDeviceRecord,
  update: { trust: 'lapsed' } | { trust: 'confirmed'; deviceId?: number },
): Promise<void> {
  const next: TrustedDeviceRecord = { ...record };
  if (update.trust === 'lapsed') next.trust = 'lapsed';
  else delete next.trust;
  if (update.trust === 'confirmed' && update.deviceId !== undefined) next.deviceId = update.deviceId;
  await vault.putRecord(next);
}
