import { pageMessage } from '../../messaging/page-message';
import { empty, int } from '../../messaging/request-fields';
import * as z from '../../zod';
import type { ServerDeps } from '../server-deps';
import { deleteMfaKey } from './mfa-keys-delete';
import { listMfaKeys } from './mfa-keys-list';

/** The management page's list of the logged-in user's MFA keys (NotLoggedInError without a session). */
export function mfaKeysMessages(deps: ServerDeps) {
  return {
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
