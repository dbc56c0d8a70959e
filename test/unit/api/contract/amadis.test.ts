// The Amadis user API against the real sandbox (docs/api-contract.md §2), newer servers' errors (400 with
// `data.error`): register and its 32-byte seed (codes cross-checked with oathtool), password
// change, and reset with a server-generated password.
import { beforeEach, describe, expect, it } from 'vitest';
import { AMADIS_SECRET_BYTES, ApiError, MissingFieldError, WrongOldPasswordError } from '../../../../lib/api';
import { encodeBase32 } from '../../../../lib/otp';
import { newAmadisClient, registerPerson, type AmadisHarness } from './amadis-harness';
import { oathtoolTotp } from './oathtool';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { resetSandbox, useSandbox } from './sandbox-harness';
import { pinServerClock, type ServerClock } from './server-clock';
import { totpCodeForBytes } from './totp-codes';

const sandbox = useSandbox();
const watch = createSecretWatch();
let clock: ServerClock;

const ANN = { name: 'Ann Example', email: 'ann@amadis.contract.test', password: 'amadis-Ann-pass-1c7e' };
const NEW_PASSWORD = 'amadis-New-pass-94d2';
const WRONG_PASSWORD = 'amadis-Wrong-pass-2b80';
/** Fixed instants besides "now": the epoch's first steps, RFC 6238's vector time, a 2033 time. */
const CHECK_TIMES = [59, 1_111_111_109, 2_000_000_000];
watch.keep(ANN.password, NEW_PASSWORD, WRONG_PASSWORD);

let harness: AmadisHarness;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  clock = await pinServerClock(sandbox.url);
  harness = newAmadisClient(sandbox.url);
});

describe('register', () => {
  it('answers 201 with the user id and a 32-byte seed, decoded exactly as sent', async () => {
    const registration = await registerPerson(harness, ANN, watch);
    expect(harness.exchanges.at(-1)).toMatchObject({ method: 'POST', path: '/api/user/v1/register', status: 201 });
    expect(registration.userId).toMatch(/^\d+$/);
    expect(registration.secret).toBeInstanceOf(Uint8Array);
    expect(registration.secret).toHaveLength(32);
    expect(AMADIS_SECRET_BYTES).toBe(32);
    const sent = JSON.parse(harness.exchanges.at(-1)?.responseText ?? '{}') as { data: { user_secret: string } };
    expect(Buffer.from(registration.secret).equals(Buffer.from(sent.data.user_secret, 'base64'))).toBe(true);
  });

  it('the seed gives the codes oathtool computes (SHA-1, 6 digits, 30 s)', async () => {
    const { secret } = await registerPerson(harness, ANN, watch);
    const base32 = encodeBase32(secret);
    watch.keep(base32);
    const nowSeconds = Math.floor((await clock.now()) / 1000);
    for (const unix of [nowSeconds, ...CHECK_TIMES]) {
      expect(await totpCodeForBytes(secret, unix * 1000), `at @${unix}`).toBe(oathtoolTotp(base32, unix));
    }
  });

  it('an e-mail already registered is a 409', async () => {
    await registerPerson(harness, ANN, watch);
    const error = await watch.rejection(harness.client.register({ ...ANN, name: 'Ann Again' }), ApiError);
    expect(error).toMatchObject({ status: 409, method: 'POST', path: '/api/user/v1/register' });
    expect(error.serverMessage).toMatch(/already registered/);
  });
});

describe('change password', () => {
  it('answers 200; the new password is then the old one, and the former is refused', async () => {
    await registerPerson(harness, ANN, watch);
    await harness.client.changePassword({ email: ANN.email, oldPassword: ANN.password, newPassword: NEW_PASSWORD });
    expect(harness.exchanges.at(-1)).toMatchObject({ method: 'PATCH', status: 200 });
    await watch.rejection(
      harness.client.changePassword({ email: ANN.email, oldPassword: ANN.password, newPassword: WRONG_PASSWORD }),
      WrongOldPasswordError,
    );
    await harness.client.changePassword({ email: ANN.email, oldPassword: NEW_PASSWORD, newPassword: ANN.password });
  });

  it('a wrong old password is a WrongOldPasswordError (newer servers: 400, message in data.error)', async () => {
    await registerPerson(harness, ANN, watch);
    const error = await watch.rejection(
      harness.client.changePassword({ email: ANN.email, oldPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD }),
      WrongOldPasswordError,
    );
    expect(error.cause).toBeInstanceOf(ApiError);
    expect(error.cause).toMatchObject({ status: 400, serverMessage: 'The old password is not correct.' });
  });

  // The server answers a missing field with the same 400 as a wrong old password, so the client
  // refuses an incomplete change itself: a 400/422 that does come back can only be the old password.
  it('refuses an incomplete change before sending it, naming the field', async () => {
    await registerPerson(harness, ANN, watch);
    const error = await watch.rejection(
      harness.client.changePassword({ email: ANN.email, oldPassword: ANN.password, newPassword: '' }),
      MissingFieldError,
    );
    expect(error.message).toBe('Fill in the new password.');
    // The old password was right all along, and nothing was changed: it still works.
    await harness.client.changePassword({ email: ANN.email, oldPassword: ANN.password, newPassword: NEW_PASSWORD });
  });
});

describe('reset password', () => {
  it('returns the generated password, which then works as oldPassword', async () => {
    await registerPerson(harness, ANN, watch);
    const generated = await harness.client.resetPassword({ email: ANN.email });
    watch.keep(generated);
    expect(generated).toEqual(expect.any(String));
    expect(generated).not.toBe(ANN.password);
    await watch.rejection(
      harness.client.changePassword({ email: ANN.email, oldPassword: ANN.password, newPassword: NEW_PASSWORD }),
      WrongOldPasswordError,
    );
    await harness.client.changePassword({ email: ANN.email, oldPassword: generated, newPassword: NEW_PASSWORD });
  });

  it('an unknown e-mail is a 404', async () => {
    const error = await watch.rejection(harness.client.resetPassword({ email: 'nobody@amadis.contract.test' }), ApiError);
    expect(error).toMatchObject({ status: 404, method: 'PATCH', path: '/api/user/v1/resetpassword' });
  });
});

itKeepsSecretsOutOfErrors(watch);
