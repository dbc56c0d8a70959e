import { pageMessage } from '../messaging/page-message';
import { empty, int } from '../messaging/request-fields';
import * as z from '../zod';
import { listDevices } from './devices-list';
import { revokeDevice, revokeOtherDevices } from './devices-revoke';
import { deleteMfaKey } from './mfa-keys-delete';
import { listMfaKeys } from './mfa-keys-list';
import type { ServerDeps } from './server-deps';

/** The management page's trusted devices and MFA keys of the logged-in user; the flows live beside this file. */
export function serverManagementMessages(deps: ServerDeps) {
  return {
    // The management page. Device and key lists are those of the logged-in user (NotLoggedInError).
    'devices.list': pageMessage({
      request: empty,
      handle: () => listDevices(deps),
    }),
    /** Revoking this browser's own device also forgets its fingerprint. A 404 just refreshes the list. */
    'devices.revoke': pageMessage({
      request: z.strictObject({ id: int(0, Number.MAX_SAFE_INTEGER) }),
      handle: ({ id }) => revokeDevice(deps, id),
    }),
    'devices.revokeOthers': pageMessage({
      request: empty,
      handle: () => revokeOtherDevices(deps),
    }),
    'mfaKeys.list': pageMessage({
      request: empty,
      handle: () => listMfaKeys(deps),
    }),
    'mfaKeys.delete': pageMessage({
      request: z.strictObject({ id: int(0, Number.MAX_SAFE_INTEGER) }),
      handle: ({ id }) => deleteMfaKey(deps, id),
    }),
  };
}
