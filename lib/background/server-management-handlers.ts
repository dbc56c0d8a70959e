import type { Handlers } from '../messaging/router';
import { listDevices } from '../server/devices-list';
import { revokeDevice, revokeOtherDevices } from '../server/devices-revoke';
import { deleteMfaKey } from '../server/mfa-keys-delete';
import { listMfaKeys } from '../server/mfa-keys-list';
import type { BackgroundDeps } from './deps';

type ServerManagementHandlers = Pick<
  Handlers,
  'devices.list' | 'devices.revoke' | 'devices.revokeOthers' | 'mfaKeys.list' | 'mfaKeys.delete'
>;

/** The management page's trusted devices and MFA keys of the logged-in user; the flows live in lib/session. */
export function serverManagementHandlers(deps: BackgroundDeps): ServerManagementHandlers {
  return {
    'devices.list': {
      from: 'extension-page',
      handle: () => listDevices(deps),
    },
    'devices.revoke': {
      from: 'extension-page',
      handle: ({ id }) => revokeDevice(deps, id),
    },
    'devices.revokeOthers': {
      from: 'extension-page',
      handle: () => revokeOtherDevices(deps),
    },
    'mfaKeys.list': {
      from: 'extension-page',
      handle: () => listMfaKeys(deps),
    },
    'mfaKeys.delete': {
      from: 'extension-page',
      handle: ({ id }) => deleteMfaKey(deps, id),
    },
  };
}
