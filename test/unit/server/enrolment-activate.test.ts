// Activating a pending key, and each way it can fail. A failure never loses the seed: it stays
// pending until the server has confirmed the key (or the user cancels). A code is never sent twice.
import { describe, expect, it } from 'vitest';
import { ServerTimeoutError } from '../../../lib/api';
import { totpCodeAt } from '../../sandbox/totp-verify';
import { useEnrolmentFixture, USER, type Fixture } from './enrolment-fixture';
import { jsonAnswer } from './enrolment-switchboard';

const fixture = useEnrolmentFixture();
const ACTIVATE = /^\/api\/v1\/user\/mfa\/\d+$/u;
const MISMATCH = { error_code: 1400, error_token: 'InputValidationFailed', message: 'MFA key validation error: Code did not match!' };

async function startPending({ h }: Fixture): Promise<string> {
  return (await h.value('enrolment.start', { typeId: 0, password: USER.password })).accountId;
}

/** The codes sent in activation requests, in order. */
function sentCodes({ h }: Fixture): string[] {
  return h.board.exchanges
    .filter(({ method }) => method === 'PATCH')
    .map(({ requestJson }) => (requestJson as { code: string }).code);
}

async function expectStillPending({ h }: Fixture, accountId: string): Promise<void> {
  expect(await h.value('enrolment.list', {})).toMatchObject([{ accountId, canFinish: true }]);
  expect(await h.value('accounts.list', {})).toEqual([]);
}

describe('enrolment.activate', () => {
  it('a rejected code: the next try waits for the next step and sends a different code', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    f.h.board.fault('PATCH', ACTIVATE, () => jsonAnswer(422, MISMATCH));

    expect(await f.h.failure('enrolment.activate', { accountId })).toMatchObject({
      name: 'ActivationCodeRejectedError',
      message: 'The server did not accept the code: wait for the next one and try again.',
    });
    await expectStillPending(f, accountId);
    expect(f.h.sleeps).toEqual([]);

    const activated = await f.h.value('enrolment.activate', { accountId });
    expect(activated.id).toBe(accountId);
    // One wait, to the start of the next 30 s step, and a code the server had not seen.
    expect(f.h.sleeps).toHaveLength(1);
    expect(f.h.now() % 30_000).toBe(0);
    const [first, second] = sentCodes(f);
    expect(second).not.toBe(first);
    expect(f.h.board.exchanges.at(-1)).toMatchObject({ method: 'PATCH', status: 204, faked: false });
  });

  it('a 404: MfaKeyGoneError, and the seed stays until the user cancels', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    const [key] = f.h.board.createdKeys();
    await f.h.session()?.client.deleteMfaKey(key!.id);

    expect(await f.h.failure('enrolment.activate', { accountId })).toMatchObject({
      name: 'MfaKeyGoneError',
      message: 'The server no longer has this key: cancel the enrolment and start again.',
    });
    await expectStillPending(f, accountId);
  });

  it('a 409 because ANOTHER key became active: refused, this seed stays pending', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    const client = f.h.session()!.client;
    const other = await client.createMfaKey({ password: USER.password });
    f.keep(other.secretKey);
    await client.activateMfaKey(other.id, await totpCodeAt(other.secretKey, await f.clock.now()));

    expect(await f.h.failure('enrolment.activate', { accountId })).toMatchObject({
      name: 'MfaAlreadyActiveError',
      message: 'This user already has an active MFA key on this server.',
    });
    await expectStillPending(f, accountId);
  });

  it('no answer in time: the API error, the seed stays pending, the next step succeeds', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    f.h.board.fault('PATCH', ACTIVATE, () => 'hang');

    expect(await f.h.failure('enrolment.activate', { accountId })).toBeInstanceOf(ServerTimeoutError);
    expect(await f.h.send('enrolment.activate', { accountId })).toMatchObject({ ok: true, value: { id: accountId } });
    expect(new Set(sentCodes(f)).size).toBe(2);
  });

  it('an unreachable server and a 429: the API errors as they are, the seed stays pending', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    const tooMany = { error_code: 1105, error_token: 'TooManyRequests', message: 'Too many requests, try again later.' };
    f.h.board.fault('PATCH', ACTIVATE, () => 'unreachable');
    f.h.board.fault('PATCH', ACTIVATE, () => jsonAnswer(429, tooMany));

    expect(await f.h.send('enrolment.activate', { accountId })).toMatchObject({
      ok: false,
      error: { name: 'ServerUnreachableError' },
    });
    expect(await f.h.send('enrolment.activate', { accountId })).toEqual({
      ok: false,
      error: { name: 'ApiError', message: 'Too many requests, try again later.' },
    });
    await expectStillPending(f, accountId);
  });

  it('needs a session as the key\'s user on the key\'s server; the e-mail address in any case', async () => {
    const f = fixture();
    const accountId = await startPending(f);
    const session = f.h.session()!;
    const refusal = { name: 'EnrolmentLoginRequiredError', message: `Log in as ${USER.email} on Test sandbox first.` };

    f.h.setSession({ ...session, username: 'someone.else@sandbox.test' });
    expect(await f.h.failure('enrolment.activate', { accountId })).toMatchObject(refusal);
    f.h.setSession({ ...session, profile: { ...session.profile, id: 'another-profile' } });
    expect(await f.h.failure('enrolment.activate', { accountId })).toMatchObject(refusal);
    f.h.setSession({ ...session, method: 'application-token', username: undefined });
    expect(await f.h.failure('enrolment.activate', { accountId })).toMatchObject(refusal);
    f.h.setSession(undefined);
    expect(await f.h.failure('enrolment.activate', { accountId })).toMatchObject(refusal);
    expect(await f.h.value('enrolment.list', {})).toMatchObject([{ accountId, canFinish: false }]);
    expect(sentCodes(f)).toEqual([]);

    f.h.setSession({ ...session, username: USER.email.toUpperCase() });
    expect(await f.h.value('enrolment.list', {})).toMatchObject([{ accountId, canFinish: true }]);
    expect(await f.h.value('enrolment.activate', { accountId })).toMatchObject({ id: accountId });
  });
});
