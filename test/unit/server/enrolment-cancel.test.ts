// Cancelling an enrolment and listing them: the key goes from the server first, then the seed
// from the vault; a server failure keeps both. A removed server profile does not hide or strand
// an enrolment. Every enrolment handler answers the extension's pages only.
import { describe, expect, it } from 'vitest';
import { createEmnifyClient, createMemoryTokenStore } from '../../../lib/api';
import { enrolmentMessages } from '../../../lib/server/enrolment/enrolment-messages';
import { toWireError } from '../../../lib/messaging/remote-error';
import { addSandboxUser } from '../api/contract/sandbox-harness';
import * as enrolmentErrors from '../../../lib/server/enrolment/enrolment-errors';
import { useEnrolmentFixture, USER, type Fixture } from './enrolment-fixture';
import { PROFILE } from './enrolment-harness';
import { jsonAnswer } from './enrolment-switchboard';

const fixture = useEnrolmentFixture();
const DELETE_KEY = /^\/api\/v1\/user\/my\/mfa\/\d+$/u;

async function startPending({ h }: Fixture): Promise<string> {
  return (await h.value('enrolment.start', { typeId: 0, password: USER.password })).accountId;
}

async function serverKeyIds({ h }: Fixture): Promise<number[]> {
  return (await h.session()!.client.getUser(USER.email)).mfaKeys.map(({ id }) => id);
}

describe('enrolment.cancel', () => {
  it('204: the key is deleted on the server, then the seed; the reply is what remains', async () => {
    const f = fixture();
    const first = await startPending(f);
    const second = await startPending(f);
    const [firstKey, secondKey] = f.h.board.createdKeys();

    const remaining = await f.h.value('enrolment.cancel', { accountId: first });
    expect(remaining).toMatchObject([{ accountId: second, keyId: secondKey!.id }]);
    expect(f.h.board.exchanges.at(-1)).toMatchObject({ method: 'DELETE', path: `/api/v1/user/my/mfa/${firstKey!.id}`, status: 204 });
    expect(await serverKeyIds(f)).toEqual([secondKey!.id]);
    expect((await f.h.deps.vault.listAccounts()).map(({ id }) => id)).toEqual([second]);
  });

  it('404: the key was already gone, so the seed is deleted too', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    await f.h.session()!.client.deleteMfaKey(f.h.board.createdKeys()[0]!.id);

    expect(await f.h.value('enrolment.cancel', { accountId })).toEqual([]);
    expect(f.h.board.exchanges.at(-1)).toMatchObject({ method: 'DELETE', status: 404 });
    expect(await f.h.deps.vault.listAccounts()).toEqual([]);
  });

  it('500 (or no answer): nothing is deleted anywhere', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    const keyIds = await serverKeyIds(f);
    f.h.board.fault('DELETE', DELETE_KEY, () => jsonAnswer(500, {}));
    f.h.board.fault('DELETE', DELETE_KEY, () => 'unreachable');

    expect(await f.h.send('enrolment.cancel', { accountId })).toEqual({
      ok: false,
      error: { name: 'ApiError', message: 'The server had a problem. Try again later.' },
    });
    expect(await f.h.send('enrolment.cancel', { accountId })).toMatchObject({ ok: false, error: { name: 'ServerUnreachableError' } });
    expect(await f.h.value('enrolment.list', {})).toMatchObject([{ accountId }]);
    expect(await serverKeyIds(f)).toEqual(keyIds);
  });

  it('needs a session as the key\'s user, and deletes nothing without one', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    f.h.setSession(undefined);
    expect(await f.h.failure('enrolment.cancel', { accountId })).toMatchObject({
      name: 'EnrolmentLoginRequiredError',
      message: `Log in as ${USER.email} on Test sandbox first.`,
    });
    expect(f.h.board.exchanges.filter(({ method }) => method === 'DELETE')).toEqual([]);
    expect(await f.h.deps.vault.listAccounts()).toHaveLength(1);
    expect(await f.h.failure('enrolment.cancel', { accountId: 'no-such-account' })).toMatchObject({ name: 'EnrolmentNotFoundError' });
  });
});

describe('enrolment.list', () => {
  it('lists an enrolment whose server profile was removed under the profile id; cancelling it deletes the seed', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    f.h.profiles.splice(0);
    f.h.setSession(undefined);

    expect(await f.h.value('enrolment.list', {})).toMatchObject([
      { accountId, profile: { id: PROFILE.id, name: PROFILE.id }, username: USER.email, canFinish: false },
    ]);
    expect(await f.h.failure('enrolment.activate', { accountId })).toMatchObject({
      message: `Log in as ${USER.email} on ${PROFILE.id} first.`,
    });
    expect(await f.h.value('enrolment.cancel', { accountId })).toEqual([]);
    expect(f.h.board.exchanges.filter(({ method }) => method === 'DELETE')).toEqual([]);
    expect(await f.h.deps.vault.listAccounts()).toEqual([]);
  });

  it('canFinish only for the session of each enrolment\'s own user', async () => {
    const f = fixture();
    const mine = await startPending(f);
    const other = { email: 'second.user@sandbox.test', password: 'second-User-pass-84e0' };
    f.keep(other.password);
    await addSandboxUser(f.url, other);
    await f.h.login(other.email, other.password);
    const { accountId: theirs } = await f.h.value('enrolment.start', { typeId: 0, password: other.password });

    const list = await f.h.value('enrolment.list', {});
    expect(list.map(({ accountId, username, canFinish }) => ({ accountId, username, canFinish }))).toEqual([
      { accountId: mine, username: USER.email, canFinish: false },
      { accountId: theirs, username: other.email, canFinish: true },
    ]);
  });

  it('is empty without enrolments and asks the server nothing', async () => {
    const { h } = fixture();
    const before = h.board.exchanges.length;
    expect(await h.value('enrolment.list', {})).toEqual([]);
    expect(h.board.exchanges).toHaveLength(before);
    // A fresh client proves the sandbox is up, so "nothing asked" is not "nothing reachable".
    const probe = createEmnifyClient({ baseUrl: fixture().url, tokens: createMemoryTokenStore() });
    await expect(probe.loginWithPassword({ username: USER.email, password: USER.password })).resolves.toMatchObject({ kind: 'tokens' });
  });
});

describe('enrolment handlers', () => {
  it('answer the extension\'s own pages only', () => {
    const handlers = enrolmentMessages(fixture().h.deps);
    expect(Object.keys(handlers).sort()).toEqual([
      'enrolment.activate', 'enrolment.cancel', 'enrolment.list', 'enrolment.reveal', 'enrolment.start', 'enrolment.types',
    ]);
    for (const spec of Object.values(handlers)) expect(spec.from).toBe('extension-page');
  });

  it('their errors reach the page by name, with their own sentence', () => {
    const samples = [
      new enrolmentErrors.EnrolmentNotFoundError(),
      new enrolmentErrors.EnrolmentNotPendingError(),
      new enrolmentErrors.MfaAlreadyActiveError(),
      new enrolmentErrors.MfaKeyGoneError(),
      new enrolmentErrors.ActivationCodeRejectedError(),
      new enrolmentErrors.EnrolmentPasswordError(),
      new enrolmentErrors.EnrolmentLoginRequiredError({ username: USER.email, serverName: 'Test sandbox' }),
      new enrolmentErrors.EnrolmentNotSavedError(true),
    ];
    expect(samples).toHaveLength(Object.keys(enrolmentErrors).length);
    for (const error of samples) expect(toWireError(error)).toEqual({ name: error.name, message: error.message });
  });
});
