// Trusted devices (docs/api-contract.md §1.4). The server lists only id, OS, browser and activation
// date; the expiry is computed in emnify-schemas.ts.
import { joinPath, param, userPath } from './emnify-paths';
import { trustedDeviceListSchema, type TrustedDevice } from './emnify-schemas';
import type { EmnifySession } from './emnify-session';
import { noContent } from './http';

export type EmnifyDevices = {
  /** The logged-in user's trusted devices, or those of `userId` when given. */
  listTrustedDevices(options?: { userId?: number | string }): Promise<TrustedDevice[]>;
  deleteTrustedDevice(deviceId: number, options?: { userId?: number | string }): Promise<void>;
};

export function createEmnifyDevices(session: EmnifySession): EmnifyDevices {
  // async so that a refused user id is a rejection, like every other failure.
  async function listTrustedDevices(options?: { userId?: number | string }) {
    return session.authed({
      method: 'GET',
      path: joinPath(userPath(options?.userId), '/mfa/trusted_device'),
      schema: trustedDeviceListSchema,
    });
  }

  async function deleteTrustedDevice(deviceId: number, options?: { userId?: number | string }) {
    await session.authed({
      method: 'DELETE',
      path: joinPath(userPath(options?.userId), '/mfa/trusted_device', param('device_id', deviceId)),
      schema: noContent,
    });
  }

  return { listTrustedDevices, deleteTrustedDevice };
}
