// Whether the server really registered this browser at the login that asked it to (docs/api-contract.md
// §1.2 `trusted_device`, §1.4). The login answers the same whether or not the server took the
// fingerprint, so only its device list can tell, and that list has no fingerprint: this browser is
// the device that changed. No list can be read before the MFA step (there is no session yet), so
// "before" is what the vault remembers: the server's id of this browser's earlier registration.
//
// The rule, with "near" meaning activated within SAME_REGISTRATION_WINDOW_MS of now (the two clocks
// differ a little), and "alike" the same OS and browser as this browser described itself:
//   1. the remembered device is near and alike: re-registered in place → trusted, that id;
//   2. exactly one device is near and alike → trusted, its id;
//   3. several are → not confirmed: another profile of this browser may have registered just now,
//      and picking one would be a guess that also marks the wrong row "this browser";
//   4. none is alike but some device is near → not confirmed: the server may name systems and
//      browsers in its own words (the contract's example says "Mozilla Firefox");
//   5. no device is near → not registered: the server ignored `trusted_device`.
// A device registered by someone else just now while the server ignored ours can still pass rule 2:
// the list cannot tell them apart, and the next login, which sends the fingerprint, will.
import type { TrustedDevice } from '../../api';
import { SAME_REGISTRATION_WINDOW_MS } from '../devices/devices-this-browser';
import type { DeviceInfo } from '../server-views';

export type RegistrationSeen =
  | { seen: 'trusted'; deviceId: number }
  | { seen: 'unclear' }
  | { seen: 'not-registered' };

export function findRegistration(
  devices: TrustedDevice[],
  described: Pick<DeviceInfo, 'operatingSystem' | 'browser'>,
  rememberedId: number | undefined,
  now: number,
): RegistrationSeen {
  const near = devices.filter(
    (device) => device.activatedAt !== undefined && Math.abs(device.activatedAt - now) <= SAME_REGISTRATION_WINDOW_MS,
  );
  const alike = near.filter((device) => device.operatingSystem === described.operatingSystem && device.browser === described.browser);
  const remembered = alike.find((device) => device.id === rememberedId);
  if (remembered) return { seen: 'trusted', deviceId: remembered.id };
  const [only, ...others] = alike;
  if (only && others.length === 0) return { seen: 'trusted', deviceId: only.id };
  return near.length > 0 ? { seen: 'unclear' } : { seen: 'not-registered' };
}
