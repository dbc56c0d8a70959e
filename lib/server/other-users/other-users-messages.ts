import { pageMessage } from '../../messaging/page-message';
import { int } from '../../messaging/request-fields';
import * as z from '../../zod';
import type { ServerDeps } from '../server-deps';
import { deleteOtherUserKey, openOtherUser, revokeAllOtherUserDevices, revokeOtherUserDevice } from './other-users-actions';

/** Ids are positive whole numbers: 0 names nobody, and a username goes no further than the page. */
const userId = int(1, Number.MAX_SAFE_INTEGER);
const itemId = int(0, Number.MAX_SAFE_INTEGER);

/**
 * An administrator's view of another user of the logged-in server, by id: trusted devices and MFA
 * keys, read afresh for every request and checked against the login that asked.
 */
export function otherUsersMessages(deps: Pick<ServerDeps, 'servers'>) {
  return {
    'otherUsers.open': pageMessage({
      request: z.strictObject({ userId }),
      handle: (body) => openOtherUser(deps.servers, body.userId),
    }),
    'otherUsers.revokeDevice': pageMessage({
      request: z.strictObject({ userId, id: itemId }),
      handle: (body) => revokeOtherUserDevice(deps.servers, body.userId, body.id),
    }),
    'otherUsers.revokeAllDevices': pageMessage({
      request: z.strictObject({ userId }),
      handle: (body) => revokeAllOtherUserDevices(deps.servers, body.userId),
    }),
    'otherUsers.deleteKey': pageMessage({
      request: z.strictObject({ userId, id: itemId }),
      handle: (body) => deleteOtherUserKey(deps.servers, body.userId, body.id),
    }),
  };
}
