import { pageMessage } from '../../messaging/page-message';
import { empty, int } from '../../messaging/request-fields';
import * as z from '../../zod';
import type { ServerDeps } from '../server-deps';
import { listDevices } from './devices-list';
import { revokeDevice, revokeOtherDevices } from './devices-revoke';

/** The management page's list of the logged-in user's trusted devices (NotLoggedInError without a session). */
export function devicesMessages(deps: ServerDeps) {
  return {
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
  };
}
