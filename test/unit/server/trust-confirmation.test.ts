// Whether the device list after a login shows that the server registered this browser: the list has
// no fingerprint (docs/api-contract.md §1.4), so only a registration the list singles out is trust.
import { describe, expect, it } from 'vitest';
import type { TrustedDevice } from '../../../lib/api';
import { SAME_REGISTRATION_WINDOW_MS } from '../../../lib/server/devices/devices-this-browser';
import { findRegistration } from '../../../lib/server/session/trust-confirmation';

const NOW = Date.UTC(2025, 4, 1, 12, 0, 0);
const THIS_BROWSER = { operatingSystem: 'Linux', browser: 'Chromium 156' };
const DAY = 86_400_000;

function device(id: number, activatedAt: number | undefined, details: Partial<TrustedDevice> = {}): TrustedDevice {
  return { id, ...THIS_BROWSER, activatedAt, ...details };
}

describe('findRegistration', () => {
  it('is the one device of this OS and browser activated just now', () => {
    const devices = [device(1, NOW - 30 * DAY), device(2, NOW + 2_000), device(3, NOW, { browser: 'Firefox 140' })];
    expect(findRegistration(devices, THIS_BROWSER, undefined, NOW)).toEqual({ seen: 'trusted', deviceId: 2 });
  });

  it('is the remembered device when the server re-registered it in place, even beside a look-alike', () => {
    const devices = [device(4, NOW - 60_000), device(7, NOW)];
    expect(findRegistration(devices, THIS_BROWSER, 4, NOW)).toEqual({ seen: 'trusted', deviceId: 4 });
  });

  it('is a new device when the remembered one was replaced or only kept its old date', () => {
    expect(findRegistration([device(9, NOW)], THIS_BROWSER, 4, NOW)).toEqual({ seen: 'trusted', deviceId: 9 });
    expect(findRegistration([device(4, NOW - 80 * DAY), device(9, NOW)], THIS_BROWSER, 4, NOW)).toEqual({ seen: 'trusted', deviceId: 9 });
  });

  it('is unclear with two look-alikes activated just now: neither is claimed', () => {
    const devices = [device(1, NOW - 60_000), device(2, NOW)];
    expect(findRegistration(devices, THIS_BROWSER, undefined, NOW)).toEqual({ seen: 'unclear' });
    expect(findRegistration(devices, THIS_BROWSER, 5, NOW)).toEqual({ seen: 'unclear' });
  });

  it('is unclear when a device appeared just now under other names than this browser gave', () => {
    const devices = [device(3, NOW, { operatingSystem: 'Ubuntu 24.04 LTS', browser: 'Google Chrome' })];
    expect(findRegistration(devices, THIS_BROWSER, undefined, NOW)).toEqual({ seen: 'unclear' });
  });

  it('is not registered when no device was activated just now', () => {
    const devices = [
      device(1, NOW - SAME_REGISTRATION_WINDOW_MS - 1_000),
      device(2, undefined),
      device(3, NOW - 20 * DAY, { browser: 'Firefox 140' }),
    ];
    expect(findRegistration(devices, THIS_BROWSER, 1, NOW)).toEqual({ seen: 'not-registered' });
    expect(findRegistration([], THIS_BROWSER, undefined, NOW)).toEqual({ seen: 'not-registered' });
  });

  it('allows for clocks a few minutes apart', () => {
    const devices = [device(1, NOW + SAME_REGISTRATION_WINDOW_MS)];
    expect(findRegistration(devices, THIS_BROWSER, undefined, NOW)).toEqual({ seen: 'trusted', deviceId: 1 });
  });
});
