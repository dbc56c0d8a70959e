// Which listed trusted device is this browser: the list has no fingerprint (docs/api-contract.md §1.4), so
// the vault's remembered device id decides, and without one the same OS and browser registered
// within minutes of this browser's registration.
import { describe, expect, it } from 'vitest';
import type { TrustedDevice } from '../../../lib/api';
import { findThisBrowser, SAME_REGISTRATION_WINDOW_MS } from '../../../lib/server/devices/devices-this-browser';
import type { TrustedDeviceRecord } from '../../../lib/vault/record-types';

const REGISTERED_AT = Date.UTC(2025, 4, 1, 12, 0, 0);

const record: TrustedDeviceRecord = {
  id: 'registration',
  kind: 'trusted-device',
  profileId: 'profile',
  username: 'someone@example.org',
  fingerprint: 'not-looked-at-here',
  registeredAt: REGISTERED_AT,
  operatingSystem: 'Linux',
  browser: 'Chromium 156',
};

function device(id: number, activatedAt: number | undefined, details: Partial<TrustedDevice> = {}): TrustedDevice {
  return { id, operatingSystem: 'Linux', browser: 'Chromium 156', activatedAt, ...details };
}

describe('findThisBrowser', () => {
  it('is the device with the remembered id', () => {
    const devices = [device(1, REGISTERED_AT), device(2, REGISTERED_AT - 86_400_000)];
    expect(findThisBrowser(devices, { ...record, deviceId: 2 })).toBe(2);
  });

  it('is none when the remembered id is no longer listed, even with a look-alike there', () => {
    expect(findThisBrowser([device(1, REGISTERED_AT)], { ...record, deviceId: 2 })).toBeUndefined();
  });

  it('without a remembered id, is the same OS and browser activated closest to the registration', () => {
    const devices = [
      device(1, REGISTERED_AT + 4 * 60_000),
      device(2, REGISTERED_AT - 30_000),
      device(3, REGISTERED_AT, { browser: 'Firefox 140' }),
      device(4, REGISTERED_AT, { operatingSystem: 'Windows' }),
    ];
    expect(findThisBrowser(devices, record)).toBe(2);
  });

  it('without a remembered id, ignores devices activated outside the window or without a date', () => {
    const devices = [
      device(1, REGISTERED_AT - SAME_REGISTRATION_WINDOW_MS - 1_000),
      device(2, REGISTERED_AT + SAME_REGISTRATION_WINDOW_MS + 1_000),
      device(3, undefined),
    ];
    expect(findThisBrowser(devices, record)).toBeUndefined();
    expect(findThisBrowser([...devices, device(4, REGISTERED_AT + SAME_REGISTRATION_WINDOW_MS)], record)).toBe(4);
  });

  it('is none when this browser never registered', () => {
    expect(findThisBrowser([device(1, REGISTERED_AT)], undefined)).toBeUndefined();
  });
});
