// This browser as a trusted device of a user on a server (docs/api-contract.md §1.2, §1.4). The
// fingerprint is random, one per server user, and lives only in the vault; the server trusts it
// for 90 days from registration, so an older one is not even sent.
import { TRUSTED_DEVICE_LIFETIME_MS, type EmnifyClient } from '../../api';
import type { VaultPort } from '../../vault/vault-port';
import { randomBytes, toBase64 } from '../../crypto/bytes';
import type { TrustedDeviceRecord, VaultRecord } from '../../vault/record-types';
import type { DeviceInfo } from '../server-views';
import { sameUser } from '../../accounts/server-binding';

/** 256 bits: far above the contract's 128-bit floor, and as long as a key. */
const FINGERPRINT_BYTES = 32;

/** How far the server's activation time may be from ours for a listed device to be this one. */
const SAME_REGISTRATION_WINDOW_MS = 10 * 60 * 1000;

/** A fresh random fingerprint, base64url without padding (RFC 4648 §5). */
export function newFingerprint(): string {
  return toBase64(randomBytes(FINGERPRINT_BYTES)).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

function isDeviceOf(record: VaultRecord, profileId: string, username: string): record is TrustedDeviceRecord {
  return record.kind === 'trusted-device' && record.profileId === profileId && sameUser(record.username, username);
}

export function trustedUntil(record: TrustedDeviceRecord): number {
  return record.registeredAt + TRUSTED_DEVICE_LIFETIME_MS;
}

/** The newest registration of this browser for the user that the server still trusts, if any. */
export async function findTrustedDevice(
  vault: VaultPort,
  profileId: string,
  username: string,
  now: number,
): Promise<TrustedDeviceRecord | undefined> {
  return (await vault.listRecords())
    .filter((record) => isDeviceOf(record, profileId, username))
    .filter((record) => trustedUntil(record) > now)
    .sort((a, b) => b.registeredAt - a.registeredAt)[0];
}

/** Forgets every registration of this browser for the user (replaced, or no longer trusted). */
export async function forgetTrustedDevices(vault: VaultPort, profileId: string, username: string): Promise<void> {
  for (const record of (await vault.listRecords()).filter((item) => isDeviceOf(item, profileId, username))) {
    await vault.deleteRecord(record.id);
  }
}

/** Stores the registration the server has just accepted, replacing any earlier one for the user. */
export async function saveTrustedDevice(
  vault: VaultPort,
  registration: { profileId: string; username: string; fingerprint: string; device: DeviceInfo; registeredAt: number },
): Promise<TrustedDeviceRecord> {
  await forgetTrustedDevices(vault, registration.profileId, registration.username);
  const record: TrustedDeviceRecord = {
    id: crypto.randomUUID(),
    kind: 'trusted-device',
    profileId: registration.profileId,
    username: registration.username,
    fingerprint: registration.fingerprint,
    registeredAt: registration.registeredAt,
    operatingSystem: registration.device.operatingSystem,
    browser: registration.device.browser,
    name: registration.device.name,
  };
  await vault.putRecord(record);
  return record;
}

/**
 * Best effort: the server's id of the device just registered, so the device list can mark "this
 * browser". The list has no fingerprint (§1.4), so the match is the same OS and browser with the
 * activation time closest to now, within a few minutes. Failing to list is not a failed login.
 */
export async function learnDeviceId(
  client: EmnifyClient,
  vault: VaultPort,
  record: TrustedDeviceRecord,
  now: number,
): Promise<void> {
  try {
    const candidates = (await client.listTrustedDevices()).filter(
      (device) =>
        device.operatingSystem === record.operatingSystem &&
        device.browser === record.browser &&
        device.activatedAt !== undefined &&
        Math.abs(device.activatedAt - now) <= SAME_REGISTRATION_WINDOW_MS,
    );
    const distance = (activatedAt: number | undefined) => Math.abs((activatedAt ?? Infinity) - now);
    const closest = candidates.sort((a, b) => distance(a.activatedAt) - distance(b.activatedAt))[0];
    if (closest) await vault.putRecord({ ...record, deviceId: closest.id });
  } catch (error) {
    console.warn(`Finding this browser in the trusted devices failed (${error instanceof Error ? error.name : 'unknown error'}).`);
  }
}
