// Which listed trusted device is this browser. The server's list has no fingerprint (docs/api-contract.md
// §1.4), so the vault keeps the device id seen right after registering; when that could not be
// learnt, the same OS and browser registered at about the time this browser did is the match.
import type { TrustedDevice } from '../../api';
import type { TrustedDeviceRecord } from '../../vault/record-types';

/** How far the server's activation time may be from the vault's registration time. */
export const SAME_REGISTRATION_WINDOW_MS = 10 * 60 * 1000;

/**
 * The id of this browser's device in `devices`, if it is there. A record that knows its device id
 * is matched by that id only: when that id is no longer listed, the registration was revoked, and
 * a look-alike device (another profile of the same browser) must not be taken for this one.
 */
export function findThisBrowser(devices: TrustedDevice[], record: TrustedDeviceRecord | undefined): number | undefined {
  if (record === undefined) return undefined;
  if (record.deviceId !== undefined) return devices.find((device) => device.id === record.deviceId)?.id;
  const distance = (device: TrustedDevice) => Math.abs((device.activatedAt ?? Infinity) - record.registeredAt);
  return devices
    .filter(
      (device) =>
        device.operatingSystem === record.operatingSystem &&
        device.browser === record.browser &&
        distance(device) <= SAME_REGISTRATION_WINDOW_MS,
    )
    .sort((a, b) => distance(a) - distance(b))[0]?.id;
}
