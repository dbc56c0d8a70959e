// Starting an enrolment, and each way it can fail: the server refuses (409, 422), cannot be
// reached, or answers with a seed the vault cannot take; the vault refuses the write. Whatever
// fails, no seed is lost and no key whose seed is lost stays on the server when it can be removed.
import { describe, expect, it } from 'vitest';
import type { VaultPort } from '../../../lib/vault/vault-port';
import { EnrolmentNotSavedError } from '../../../lib/server/enrolment/enrolment-errors';
import { useEnrolmentFixture, USER } from './enrolment-fixture';
import { jsonAnswer } from './enrolment-switchboard';

const fixture = useEnrolmentFixture();
const CREATE = /^\/api\/v1\/user\/mfa$/u;
const DELETE_KEY = /^\/api\/v1\/user\/my\/mfa\/\d+$/u;
const start = { typeId: 0, password: USER.password };

/** The user's MFA keys as the server lists them. */
async function serverKeys(): Promise<{ id: number; status?: { id: number } }[]> {
  const session = fixture().h.session();
  if (!session) throw new Error('No session.');
  return (await session.client.getUser(USER.email)).mfaKeys;
}

function failingWrites(vault: VaultPort): VaultPort {
  return { ...vault, addAccount: () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError')) };
}

describe('enrolment.start', () => {
  it('a wrong password: the server sentence, nothing stored, no key', async () => {
    const { h, keep } = fixture();
    const wrong = 'not-the-Password-31c8';
    keep(wrong);
    expect(await h.failure('enrolment.start', { typeId: 0, password: wrong })).toMatchObject({
      name: 'EnrolmentPasswordError',
      message: 'Invalid password',
    });
    expect(await h.deps.vault.listAccounts()).toEqual([]);
    expect(await serverKeys()).toEqual([]);
  });

  it('a 422 without a sentence: the password sentence of our own', async () => {
    const { h } = fixture();
    h.board.fault('POST', CREATE, () => new Response(null, { status: 422 }));
    expect(await h.failure('enrolment.start', start)).toMatchObject({
      name: 'EnrolmentPasswordError',
      message: 'The password is not right.',
    });
  });

  it('a 409 Duplicated: MfaAlreadyActiveError, nothing stored', async () => {
    const { h } = fixture();
    h.board.fault('POST', CREATE, () =>
      jsonAnswer(409, { error_code: 1405, error_token: 'Duplicated', message: 'MFA already activated' }),
    );
    expect(await h.failure('enrolment.start', start)).toMatchObject({ name: 'MfaAlreadyActiveError' });
    expect(await h.deps.vault.listAccounts()).toEqual([]);
  });

  it('an unreachable server: the API error, nothing stored', async () => {
    const { h } = fixture();
    h.board.fault('POST', CREATE, () => 'unreachable');
    expect(await h.send('enrolment.start', start)).toMatchObject({ ok: false, error: { name: 'ServerUnreachableError' } });
    expect(await h.deps.vault.listAccounts()).toEqual([]);
  });

  it('the vault cannot store the seed: the key is deleted on the server again', async () => {
    const { h } = fixture();
    h.wrapVault(failingWrites);
    const error = await h.failure('enrolment.start', start);
    expect(error).toBeInstanceOf(EnrolmentNotSavedError);
    expect(error).toMatchObject({
      serverKeyRemoved: true,
      message: 'The new key could not be saved in the vault, so it was not created: try again.',
    });
    const [key] = h.board.createdKeys();
    expect(h.board.exchanges.at(-1)).toMatchObject({ method: 'DELETE', path: `/api/v1/user/my/mfa/${key?.id}`, status: 204 });
    expect(await serverKeys()).toEqual([]);
    h.wrapVault((vault) => vault);
    expect(await h.deps.vault.listAccounts()).toEqual([]);
  });

  it('the vault cannot store the seed and the server cannot be reached to delete the key: says so', async () => {
    const { h } = fixture();
    h.wrapVault(failingWrites);
    h.board.fault('DELETE', DELETE_KEY, () => 'unreachable');
    expect(await h.failure('enrolment.start', start)).toMatchObject({
      name: 'EnrolmentNotSavedError',
      serverKeyRemoved: false,
      message: 'The new key could not be saved in the vault and stays unused on the server: try again.',
    });
    // Pending, so harmless: it cannot be activated without the seed, and it does not block a new one.
    expect(await serverKeys()).toMatchObject([{ status: { id: 0 } }]);
    h.wrapVault((vault) => vault);
    await h.value('enrolment.start', start);
    expect(await h.value('enrolment.list', {})).toHaveLength(1);
  });

  it('a seed the vault cannot take (too short) counts as not stored: the key is deleted', async () => {
    const { h } = fixture();
    h.board.fault('POST', CREATE, () => jsonAnswer(200, { id: 4242, secret_key: 'GEZDGNBV' }));
    expect(await h.failure('enrolment.start', start)).toMatchObject({ name: 'EnrolmentNotSavedError', serverKeyRemoved: true });
    // The sandbox never made key 4242: its 404 means "already gone", which is what was wanted.
    expect(h.board.exchanges.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/v1/user/my/mfa/4242', status: 404 });
    expect(await h.deps.vault.listAccounts()).toEqual([]);
  });

  it('uses the link only when it is for the same seed; otherwise secret_key with the defaults', async () => {
    const { h } = fixture();
    const seed = 'YZP7UN4EMN6LK2UYYDCTBNH4ZVXVEJ7C';
    const link = (secret: string) => `otpauth://totp/org:someone?secret=${secret}&issuer=myorg&digits=8&period=60`;
    h.board.fault('POST', CREATE, () => jsonAnswer(200, { id: 7001, secret_key: seed, otpauth: link(seed) }));
    h.board.fault('POST', CREATE, () => jsonAnswer(200, { id: 7002, secret_key: seed, otpauth: link('JBSWY3DPEHPK3PXP') }));
    h.board.fault('POST', CREATE, () => jsonAnswer(200, { id: 7003, secret_key: seed, otpauth: 'not a link' }));

    const fromLink = await h.value('enrolment.start', start);
    const mismatched = await h.value('enrolment.start', start);
    const broken = await h.value('enrolment.start', start);
    expect(fromLink).toMatchObject({ keyId: 7001, issuer: 'myorg', label: 'someone' });
    expect(await h.deps.vault.getAccount(fromLink.accountId)).toMatchObject({ digits: 8, period: 60 });
    for (const fallback of [mismatched, broken]) {
      expect(fallback).toMatchObject({ issuer: 'Test sandbox', label: USER.email });
      expect(await h.deps.vault.getAccount(fallback.accountId)).toMatchObject({ algorithm: 'SHA1', digits: 6, period: 30 });
    }
  });

  it('needs an unlocked vault before the key is created, and a password login', async () => {
    const { h } = fixture();
    await h.deps.vault.lockVault();
    expect(await h.failure('enrolment.start', start)).toMatchObject({ name: 'VaultLockedError' });
    await h.deps.vault.unlockVault('enrolment test passphrase');

    const session = h.session();
    if (!session) throw new Error('No session.');
    h.setSession({ ...session, method: 'application-token', username: undefined });
    expect(await h.failure('enrolment.start', start)).toMatchObject({
      name: 'EnrolmentLoginRequiredError',
      message: 'Log in with your e-mail address and password to set up a key.',
    });
    h.setSession(undefined);
    expect(await h.failure('enrolment.start', start)).toMatchObject({ name: 'NotLoggedInError' });
    expect(h.board.createdKeys()).toEqual([]);
    expect(h.board.exchanges.filter(({ path }) => CREATE.test(path))).toEqual([]);
  });

  it('enrolment.types lists what the server offers', async () => {
    const { h } = fixture();
    expect(await h.value('enrolment.types', {})).toEqual([{ id: 0, description: 'Time-Based One-Time Password' }]);
    h.setSession(undefined);
    expect(await h.failure('enrolment.types', {})).toMatchObject({ name: 'NotLoggedInError' });
  });
});
