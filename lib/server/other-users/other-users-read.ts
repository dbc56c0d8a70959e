// Another user's trusted devices and MFA keys, read by id (docs/api-contract.md §1.3: the user
// record `GET /api/v1/user/{user_id}` carries the keys, the contract has no key list of its own;
// §1.4: `GET /api/v1/user/{user_id}/mfa/trusted_device`). No device is "this browser" and no key
// is tied to this vault: both belong to the administrator's own lists.
import { sameUser } from '../../accounts/server-binding';
import { toDeviceView } from '../devices/devices-list';
import type { PasswordSession } from '../enrolment/enrolment-session';
import type { OtherUserView } from '../management-views';
import { keyLabels } from '../mfa-keys/mfa-keys-labels';
import { toKeyView } from '../mfa-keys/mfa-keys-list';
import type { ServerPort } from '../server-port';
import { asManager, requireSameLogin } from './other-users-session';

export async function readOtherUser(servers: ServerPort, session: PasswordSession, userId: number): Promise<OtherUserView> {
  const { client } = session;
  const [user, devices] = await asManager(userId, () =>
    Promise.all([client.getUser(userId), client.listTrustedDevices({ userId })]),
  );
  const labels = await keyLabels(client, user.mfaKeys);
  await requireSameLogin(servers, session);
  const view: OtherUserView = { profile: session.profile, userId, self: false, devices: [], keys: [] };
  if (user.username !== undefined) view.username = user.username;
  // One's own devices and keys are managed where this browser and this vault are told apart.
  if (user.username !== undefined && sameUser(user.username, session.username)) view.self = true;
  else {
    view.devices = devices.map((device) => toDeviceView(device, undefined));
    view.keys = user.mfaKeys.map((key) => toKeyView(key, labels, undefined));
  }
  return view;
}
