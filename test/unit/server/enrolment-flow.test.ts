// MFA enrolment end to end against the sandbox: the seed is in the vault before anything else,
// hidden from the codes until the server has activated the key, and survives a worker restart
// at any point, including between the server's "activated" and the vault's write.
import { describe, expect, it } from 'vitest';
import { createEmnifyClient, createMemoryTokenStore } from '../../../lib/api';
import { toAccountSummary } from '../../../lib/accounts/account-view';
import type { VaultPort } from '../../../lib/vault/vault-port';
import { decodeBase32, formatOtpauthUri, parseOtpauthUri } from '../../../lib/otp';
import { oathtoolTotp } from '../api/contract/oathtool';
import { useEnrolmentFixture, USER } from './enrolment-fixture';
import { PROFILE } from './enrolment-harness';

const fixture = useEnrolmentFixture();
const OTHER_LINK = 'otpauth://totp/Elsewhere:me?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const unixSeconds = (ms: number) => Math.floor(ms / 1000);

describe('enrolment against the sandbox', () => {
  it('create → pending seed → reveal → activate → an ordinary account whose codes log the user in', async () => {
    const { h, url } = fixture();
    const other = await h.deps.vault.addAccount(parseOtpauthUri(OTHER_LINK));

    const started = await h.value('enrolment.start', { typeId: 0, password: USER.password });
    const [key] = h.board.createdKeys();
    if (!key) throw new Error('The sandbox created no key.');
    // Nothing else was asked of the server before the seed was stored.
    expect(h.board.exchanges.at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/user/mfa', status: 200 });
    const { accountId } = started;
    expect(started).toEqual({
      accountId: expect.any(String),
      profile: h.profiles[0],
      username: USER.email,
      keyId: key.id,
      issuer: 'EMnify Sandbox',
      label: USER.email,
      createdAt: expect.any(Number),
      canFinish: true,
    });
    const stored = await h.deps.vault.getAccount(accountId);
    expect(stored.secret).toEqual(decodeBase32(key.secretKey));
    expect(stored).toMatchObject({ type: 'totp', algorithm: 'SHA1', digits: 6, period: 30 });
    expect(stored.server).toEqual({ profileId: PROFILE.id, username: USER.email, mfaKeyId: key.id, enrolment: 'pending' });

    const revealed = await h.value('enrolment.reveal', { accountId });
    expect(revealed.secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})*$/u);
    expect(revealed.secret.replaceAll(' ', '')).toBe(key.secretKey);
    expect(revealed.otpauthUri).toBe(formatOtpauthUri(stored));
    expect(parseOtpauthUri(revealed.otpauthUri).secret).toEqual(decodeBase32(key.secretKey));

    const activated = await h.value('enrolment.activate', { accountId });
    // The code sent is the seed's code at that moment, by an independent implementation.
    const patch = h.board.exchanges.find((exchange) => exchange.method === 'PATCH');
    expect(patch).toMatchObject({
      path: `/api/v1/user/mfa/${key.id}`,
      status: 204,
      requestJson: { status: { id: 1 }, code: oathtoolTotp(key.secretKey, unixSeconds(h.now())) },
    });
    expect(activated).toEqual({
      id: accountId, type: 'totp', issuer: 'EMnify Sandbox', label: USER.email,
      algorithm: 'SHA1', digits: 6, period: 30, counter: 0, origins: [new URL(url).origin],
    });
    expect((await h.deps.vault.getAccount(accountId)).server?.enrolment).toBe('active');
    expect(await h.value('enrolment.list', {})).toEqual([]);
    expect(await h.value('accounts.list', {})).toEqual([toAccountSummary(other), activated]);

    // The activation spent this step; at the next one, the listed code opens a new session.
    await h.deps.sleep(30_000);
    const { codes } = await h.value('codes.current', { ids: [accountId] });
    expect(codes.map(({ code }) => code)).toEqual([oathtoolTotp(key.secretKey, unixSeconds(h.now()))]);
    const login = createEmnifyClient({ baseUrl: url, tokens: createMemoryTokenStore() });
    const first = await login.loginWithPassword({ username: USER.email, password: USER.password });
    if (first.kind !== 'mfa-required') throw new Error('The activated key did not make the login ask for a code.');
    expect(await login.completeMfaLogin({ mfaToken: first.mfaToken, code: codes[0]!.code })).toMatchObject({ kind: 'tokens' });

    // One active key per user: a second enrolment is refused, and nothing is stored for it.
    expect(await h.send('enrolment.start', { typeId: 0, password: USER.password })).toMatchObject({ ok: false });
    expect(await h.failure('enrolment.start', { typeId: 0, password: USER.password })).toMatchObject({
      name: 'MfaAlreadyActiveError',
      message: 'This user already has an active MFA key on this server.',
    });
    expect((await h.deps.vault.listAccounts()).map(({ id }) => id)).toEqual([other.id, accountId]);
  });

  it('keeps a pending seed out of accounts.list, codes.current and popup.open', async () => {
    const { h } = fixture();
    const other = await h.deps.vault.addAccount(parseOtpauthUri(OTHER_LINK));
    const { accountId } = await h.value('enrolment.start', { typeId: 0, password: USER.password });

    expect(await h.value('accounts.list', {})).toEqual([toAccountSummary(other)]);
    const all = await h.value('codes.current', {});
    const asked = await h.value('codes.current', { ids: [accountId, other.id] });
    expect(all.codes.map(({ id }) => id)).toEqual([other.id]);
    expect(asked.codes.map(({ id }) => id)).toEqual([other.id]);
    const opened = await h.value('popup.open', { firstRows: 20 });
    expect(opened).toMatchObject({ accounts: [toAccountSummary(other)], total: 1 });
    expect(opened.codes?.map(({ id }) => id)).toEqual([other.id]);
  });

  it('a worker restart between create and activate: the list shows it, activation completes', async () => {
    const { h } = fixture();
    const started = await h.value('enrolment.start', { typeId: 0, password: USER.password });

    h.restart();
    expect(await h.value('enrolment.list', {})).toEqual([started]);
    const activated = await h.value('enrolment.activate', { accountId: started.accountId });
    expect(activated.id).toBe(started.accountId);

    h.restart();
    expect(await h.value('enrolment.list', {})).toEqual([]);
    expect(await h.value('accounts.list', {})).toEqual([activated]);
  });

  it('a restart after the server activated the key but before the vault said so: 409 counts as done', async () => {
    const { h } = fixture();
    const { accountId } = await h.value('enrolment.start', { typeId: 0, password: USER.password });
    h.wrapVault((vault): VaultPort => ({
      ...vault,
      updateAccount: () => Promise.reject(new Error('The worker stopped.')),
    }));
    expect(await h.send('enrolment.activate', { accountId })).toMatchObject({ ok: false, error: { name: 'InternalError' } });
    expect(h.board.exchanges.at(-1)).toMatchObject({ method: 'PATCH', status: 204 });

    h.wrapVault((vault) => vault);
    h.restart();
    expect(await h.value('enrolment.list', {})).toMatchObject([{ accountId, canFinish: true }]);
    const activated = await h.value('enrolment.activate', { accountId });
    expect(activated.id).toBe(accountId);
    // The server said 409, and its key list confirmed this key is the active one.
    const answers = h.board.exchanges.slice(-2).map(({ method, status }) => `${method} ${status}`);
    expect(answers).toEqual(['PATCH 409', 'GET 200']);
    expect(await h.value('enrolment.list', {})).toEqual([]);
  });

  it('reveals a pending key only: refused once it is active, and for an ordinary account', async () => {
    const { h } = fixture();
    const other = await h.deps.vault.addAccount(parseOtpauthUri(OTHER_LINK));
    const { accountId } = await h.value('enrolment.start', { typeId: 0, password: USER.password });
    await h.value('enrolment.reveal', { accountId });
    await h.value('enrolment.activate', { accountId });

    for (const id of [accountId, other.id]) {
      expect(await h.failure('enrolment.reveal', { accountId: id })).toMatchObject({
        name: 'EnrolmentNotPendingError',
        message: 'This key is not waiting for activation any more.',
      });
      expect(await h.failure('enrolment.activate', { accountId: id })).toMatchObject({ name: 'EnrolmentNotPendingError' });
      expect(await h.failure('enrolment.cancel', { accountId: id })).toMatchObject({ name: 'EnrolmentNotPendingError' });
    }
    expect(await h.failure('enrolment.reveal', { accountId: 'no-such-account' })).toMatchObject({
      name: 'EnrolmentNotFoundError',
      message: 'This enrolment is no longer in the vault.',
    });
    // Only pending keys were ever revealed: the active one's account still exists, untouched.
    expect((await h.deps.vault.getAccount(accountId)).server?.enrolment).toBe('active');
  });
});
