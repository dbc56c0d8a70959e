// What an administrator does to another user's MFA (docs/api-contract.md §1.3, §1.4): revoke one
// trusted device or all of them, delete a key. Each answers with the user's lists read again.
import type { OtherUserView } from '../management-views';
import type { ServerPort } from '../server-port';
import { readOtherUser } from './other-users-read';
import { asManager, deleteIfThere, requireManagerSession } from './other-users-session';

export async function openOtherUser(servers: ServerPort, userId: number): Promise<OtherUserView> {
  return readOtherUser(servers, await requireManagerSession(servers), userId);
}

export async function revokeOtherUserDevice(servers: ServerPort, userId: number, id: number): Promise<OtherUserView> {
  const session = await requireManagerSession(servers);
  await asManager(userId, () => deleteIfThere(() => session.client.deleteTrustedDevice(id, { userId })));
  return readOtherUser(servers, session, userId);
}

/** Stops at the first failure; the page reads the lists again. */
export async function revokeAllOtherUserDevices(servers: ServerPort, userId: number): Promise<OtherUserView> {
  const session = await requireManagerSession(servers);
  await asManager(userId, async () => {
    for (const device of await session.client.listTrustedDevices({ userId })) {
      await deleteIfThere(() => session.client.deleteTrustedDevice(device.id, { userId }));
    }
  });
  return readOtherUser(servers, session, userId);
}

/** The user logs in without a code until they enrol a key again; no vault account is theirs to change. */
export async function deleteOtherUserKey(servers: ServerPort, userId: number, id: number): Promise<OtherUserView> {
  const session = await requireManagerSession(servers);
  await asManager(userId, () => deleteIfThere(() => session.client.deleteMfaKey(id, { userId })));
  return readOtherUser(servers, session, userId);
}
