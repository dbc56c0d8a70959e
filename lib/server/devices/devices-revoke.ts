// Revoking trusted devices (docs/api-contract.md §1.4). A device the server no longer has (404) was
// already revoked: the list is simply read again. Revoking this browser's own device also
// forgets its fingerprint, so the next login asks for a code instead of sending a dead one.
import { ApiError, type EmnifyClient } from '../../api';
import type { TrustedDevicesView } from '../management-views';
import { ThisBrowserUnknownError } from './devices-errors';
import { readDevices, toDevicesView, type DevicesDeps } from './devices-list';
import { requireUserSession } from './devices-session';
import type { PasswordSession } from '../enrolment/enrolment-session';
import { forgetTrustedDevices } from '../session/trusted-devices';

async function deleteDevice(client: EmnifyClient, id: number): Promise<void> {
  try {
    await client.deleteTrustedDevice(id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}

async function currentList(deps: DevicesDeps, session: PasswordSession): Promise<TrustedDevicesView> {
  return toDevicesView(session, await readDevices(deps, session));
}

export async function revokeDevice(deps: DevicesDeps, id: number): Promise<TrustedDevicesView> {
  const session = await requireUserSession(deps.servers, 'trusted devices');
  const before = await readDevices(deps, session);
  // Also by the remembered id: a device already gone from the list may still be this browser's.
  const own = before.thisId === id || before.record?.deviceId === id;
  await deleteDevice(session.client, id);
  if (own) {
    await forgetTrustedDevices(deps.vault, session.profile.id, session.username);
    // The popup's session view says "this browser is trusted until…": it must stop saying so.
    deps.announceSessionChanged();
  }
  return currentList(deps, session);
}

/**
 * Revokes every device but this browser. Refused when this browser cannot be told apart, rather
 * than revoking it along with the others. Stops at the first failure; the page reads the list again.
 */
export async function revokeOtherDevices(deps: DevicesDeps): Promise<TrustedDevicesView> {
  const session = await requireUserSession(deps.servers, 'trusted devices');
  const { devices, thisId } = await readDevices(deps, session);
  if (devices.length > 0 && thisId === undefined) throw new ThisBrowserUnknownError();
  for (const device of devices) {
    if (device.id !== thisId) await deleteDevice(session.client, device.id);
  }
  return currentList(deps, session);
}
