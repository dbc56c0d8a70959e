/**
 * Trusted devices (docs/api-contract.md §1.4). The list never carries the fingerprint,
 * a name or an expiry, and expired devices simply vanish. Its timestamps use the
 * `+0000` spelling (the rest of the sandbox uses `.000Z`) so that clients prove
 * they parse both.
 */
import type { SandboxContext } from './context';
import { notFound } from './errors';
import { requireUser, resolveManagedUser } from './emnify-session';
import { parseId, type Reply, type Route, type SandboxRequest } from './router';
import type { EmnifyUserRecord } from './state';
import { isoPlusZero } from './time-format';
import { liveTrustedDevices } from './users';

/** `/user/mfa/trusted_device` has no user segment: it means the caller. */
function targetUser(request: SandboxRequest, context: SandboxContext): EmnifyUserRecord {
  const me = requireUser(request, context);
  return request.params.userId === undefined ? me : resolveManagedUser(request.params.userId, me, context);
}

function listDevices(request: SandboxRequest, context: SandboxContext): Reply {
  const user = targetUser(request, context);
  const devices = liveTrustedDevices(user, context.clock.now(), context.options.trustedDeviceDays);
  return {
    status: 200,
    body: devices.map((device) => ({
      id: device.id,
      operating_system: device.operatingSystem,
      browser: device.browser,
      activation_date: isoPlusZero(device.activatedAt),
    })),
  };
}

function deleteDevice(request: SandboxRequest, context: SandboxContext): Reply {
  const user = targetUser(request, context);
  const id = parseId(request.params.deviceId);
  const live = liveTrustedDevices(user, context.clock.now(), context.options.trustedDeviceDays);
  const device = live.find((candidate) => candidate.id === id);
  // An unknown id is a bad reference (1401), as for MFA keys; 1201 is for paths that name no route.
  if (!device) throw notFound('Trusted device not found.', 'reference');
  user.trustedDevices = user.trustedDevices.filter((candidate) => candidate !== device);
  return { status: 204 };
}

/** Listed before the MFA-key routes: `/user/{id}/mfa/trusted_device` is not a key id. */
export const deviceRoutes: Route[] = [
  { method: 'GET', pattern: '/api/v1/user/mfa/trusted_device', handler: listDevices },
  { method: 'GET', pattern: '/api/v1/user/:userId/mfa/trusted_device', handler: listDevices },
  { method: 'DELETE', pattern: '/api/v1/user/mfa/trusted_device/:deviceId', handler: deleteDevice },
  { method: 'DELETE', pattern: '/api/v1/user/:userId/mfa/trusted_device/:deviceId', handler: deleteDevice },
];
