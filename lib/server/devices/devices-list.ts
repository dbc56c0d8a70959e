// The logged-in user's trusted devices as the management page shows them (docs/api-contract.md §1.4):
// computed expiry, and a marker on the device this browser registered.
import type { TrustedDevice } from '../../api';
import type { ServerDeps } from '../server-deps';
import type { TrustedDevicesView, TrustedDeviceView } from '../management-views';
import type { TrustedDeviceRecord } from '../../vault/record-types';
import { requireUserSession } from './devices-session';
import { findThisBrowser } from './devices-this-browser';
import type { PasswordSession } from '../enrolment/enrolment-session';
import { findTrustedDevice } from '../session/trusted-devices';

export type DevicesDeps = Pick<ServerDeps, 'vault' | 'servers' | 'now' | 'announceSessionChanged'>;

/** The server's list with what the vault knows of this browser's registration. */
export type DeviceSnapshot = {
  devices: TrustedDevice[];
  record: TrustedDeviceRecord | undefined;
  thisId: number | undefined;
};

export async function readDevices(deps: Pick<DevicesDeps, 'vault' | 'now'>, session: PasswordSession): Promise<DeviceSnapshot> {
  const [devices, record] = await Promise.all([
    session.client.listTrustedDevices(),
    findTrustedDevice(deps.vault, session.profile.id, session.username, deps.now()),
  ]);
  return { devices, record, thisId: findThisBrowser(devices, record) };
}

export function toDeviceView(device: TrustedDevice, thisId: number | undefined): TrustedDeviceView {
  const view: TrustedDeviceView = { id: device.id, thisBrowser: device.id === thisId };
  if (device.operatingSystem !== undefined) view.operatingSystem = device.operatingSystem;
  if (device.browser !== undefined) view.browser = device.browser;
  if (device.activatedAt !== undefined) view.activatedAt = device.activatedAt;
  // Computed by the API layer: activation + TRUSTED_DEVICE_LIFETIME_MS (the server sends no expiry).
  if (device.expiresAt !== undefined) view.expiresAt = device.expiresAt;
  return view;
}

export function toDevicesView(session: PasswordSession, snapshot: DeviceSnapshot): TrustedDevicesView {
  return {
    profile: session.profile,
    username: session.username,
    devices: snapshot.devices.map((device) => toDeviceView(device, snapshot.thisId)),
  };
}

export async function listDevices(deps: DevicesDeps): Promise<TrustedDevicesView> {
  const session = await requireUserSession(deps.servers, 'trusted devices');
  return toDevicesView(session, await readDevices(deps, session));
}
