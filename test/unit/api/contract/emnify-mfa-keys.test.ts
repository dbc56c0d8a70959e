// EMnify MFA keys against the real sandbox (docs/api-contract.md §1.3, §4): enrolment end to end, every
// documented refusal (409, 404, 422, 403), the ±1-step window at activation, deletion, lookups.
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type EmnifyClient, type MfaKeyCreated } from '../../../../lib/api';
import { decodeBase32, parseOtpauthUri } from '../../../../lib/otp';
import { expectKind, newEmnifyClient, signIn, startMfaLogin, type EmnifyHarness } from './emnify-harness';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { addSandboxUser, resetSandbox, useSandbox, type SandboxUser } from './sandbox-harness';
import { pinServerClock, type ServerClock } from './server-clock';
import { totpCode, wrongCode } from './totp-codes';

const sandbox = useSandbox();
const watch = createSecretWatch();
let clock: ServerClock;

const USER = { email: 'mfa.keys@contract.test', password: 'mfa-Keys-pass-2f9b' };
const OTHER = { email: 'someone.else@contract.test', password: 'other-User-pass-61aa' };
const WRONG_PASSWORD = 'wrong-Keys-pass-0c3d';
const CODE_MISMATCH = 'MFA key validation error: Code did not match!';
/** The 3-strike lock (§1.1), which wrong activation codes count towards (§4). */
const LOCK_SECONDS = 5 * 60;
/** Far above any id the sandbox hands out in a test (they start at 1001). */
const UNKNOWN_ID = 987_654;
watch.keepPassword(USER.password);
watch.keepPassword(OTHER.password);
watch.keepPassword(WRONG_PASSWORD);

let user: SandboxUser;
let harness: EmnifyHarness;
let client: EmnifyClient;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  clock = await pinServerClock(sandbox.url);
  user = await addSandboxUser(sandbox.url, USER);
  harness = newEmnifyClient(sandbox.url);
  client = harness.client;
  await signIn(harness, user, watch);
});

/** A pending key; its seed goes into the watch at once, as the vault would take it at once. */
async function createKey(): Promise<MfaKeyCreated> {
  const key = await client.createMfaKey({ password: USER.password });
  watch.keep(key.secretKey, key.otpauth);
  return key;
}

async function codeFor(key: MfaKeyCreated, steps = 0): Promise<string> {
  return totpCode(key.secretKey, await clock.now(), steps);
}

describe('enrolment', () => {
  it('create (seed only then) → activate with a generated code → active → second create is 409', async () => {
    const key = await createKey();
    expect(key).toMatchObject({
      status: { id: 0, description: 'Activation Pending' },
      type: { id: 0, description: 'Time-Based One-Time Password' },
      secretKey: expect.stringMatching(/^[A-Z2-7]+=*$/),
    });
    expect(key.createdAt).toBeGreaterThan(0);
    // The otpauth link carries the same seed, with EMnify's parameters.
    expect(key.otpauth).toEqual(expect.any(String));
    const fromLink = parseOtpauthUri(key.otpauth!);
    expect(fromLink).toMatchObject({ type: 'totp', algorithm: 'SHA1', digits: 6, period: 30 });
    expect(fromLink.secret).toEqual(decodeBase32(key.secretKey));

    const pending = await client.getUser(USER.email);
    expect(pending.mfaKeys).toEqual([
      {
        id: key.id,
        type: { id: 0, description: 'Time-Based One-Time Password' },
        status: { id: 0, description: 'Activation Pending' },
        createdAt: key.createdAt,
        activatedAt: undefined,
      },
    ]);
    // Only the creating answer carries the seed.
    expect(JSON.stringify(pending)).not.toContain(key.secretKey);

    await client.activateMfaKey(key.id, await codeFor(key));
    const active = (await client.getUser(user.id)).mfaKeys;
    expect(active).toHaveLength(1);
    expect(active[0]?.status).toEqual({ id: 1, description: 'Active' });
    expect(active[0]?.activatedAt).toBeGreaterThanOrEqual((key.createdAt ?? 0) - 1000);

    const duplicate = await watch.rejection(client.createMfaKey({ password: USER.password }), ApiError);
    expect(duplicate).toMatchObject({ status: 409, errorCode: 1405, errorToken: 'Duplicated' });
    expect(duplicate.serverMessage).toBe('MFA already activated');
  });

  it('the activated seed is what login asks for; the activation code itself is spent', async () => {
    const key = await createKey();
    const activationCode = await codeFor(key);
    await client.activateMfaKey(key.id, activationCode);
    const login = newEmnifyClient(sandbox.url);
    const mfaToken = await startMfaLogin(login, user, watch);
    const replay = await watch.rejection(login.client.completeMfaLogin({ mfaToken, code: activationCode }), ApiError);
    expect(replay.status).toBe(401);
    expectKind(await login.client.completeMfaLogin({ mfaToken, code: await codeFor(key, 1) }), 'tokens');
    watch.keepTokens(await login.tokens.get());
  });

  it('creating with a wrong password is a 422 (Failed)', async () => {
    const error = await watch.rejection(client.createMfaKey({ password: WRONG_PASSWORD }), ApiError);
    expect(error).toMatchObject({ status: 422, errorCode: 1002, errorToken: 'Failed' });
  });
});

describe('activation refusals', () => {
  it('an unknown key is a 404', async () => {
    const error = await watch.rejection(client.activateMfaKey(UNKNOWN_ID, '123456'), ApiError);
    expect(error).toMatchObject({ status: 404, method: 'PATCH', path: `/api/v1/user/mfa/${UNKNOWN_ID}` });
    expect([1201, 1401]).toContain(error.errorCode);
  });

  it('a wrong code is a 422 with the contract message, and the key stays pending', async () => {
    const key = await createKey();
    const error = await watch.rejection(
      client.activateMfaKey(key.id, await wrongCode(key.secretKey, await clock.now())),
      ApiError,
    );
    expect(error).toMatchObject({ status: 422, errorCode: 1400, serverMessage: CODE_MISMATCH, message: CODE_MISMATCH });
    expect((await client.getUser(user.id)).mfaKeys[0]?.status?.id).toBe(0);
  });

  it('an already active key is a 409', async () => {
    const key = await createKey();
    await client.activateMfaKey(key.id, await codeFor(key));
    const error = await watch.rejection(client.activateMfaKey(key.id, await codeFor(key, 1)), ApiError);
    expect(error).toMatchObject({ status: 409, errorCode: 1405 });
  });

  it('3 wrong codes lock the account (§4): then 429 TooManyRequests, even for the right code', async () => {
    const key = await createKey();
    const wrong = await wrongCode(key.secretKey, await clock.now());
    for (let attempt = 1; attempt <= 3; attempt++) {
      // The 3rd wrong code itself still gets the plain 422; it starts the lock.
      const error = await watch.rejection(client.activateMfaKey(key.id, wrong), ApiError);
      expect(error).toMatchObject({ status: 422, serverMessage: CODE_MISMATCH });
    }
    const locked = await watch.rejection(client.activateMfaKey(key.id, await codeFor(key)), ApiError);
    expect(locked).toMatchObject({ status: 429, errorCode: 1105, errorToken: 'TooManyRequests' });
    expect(locked.message).toBe(locked.serverMessage);
    // A 429, not a 401: the session is untouched.
    expect(await harness.tokens.get()).toEqual(expect.objectContaining({ authToken: expect.any(String) }));
    // 30 s past the lock's end (slack for a slow machine), the same key activates.
    await clock.advance(LOCK_SECONDS + 30);
    await client.activateMfaKey(key.id, await codeFor(key));
    expect((await client.getUser(user.id)).mfaKeys[0]?.status?.id).toBe(1);
  });

  it('accepts the previous and the next step, refuses two steps away (RFC 6238 window)', async () => {
    const first = await createKey();
    for (const steps of [-2, 2]) {
      const error = await watch.rejection(client.activateMfaKey(first.id, await codeFor(first, steps)), ApiError);
      expect(error).toMatchObject({ status: 422, serverMessage: CODE_MISMATCH });
    }
    await client.activateMfaKey(first.id, await codeFor(first, -1));
    // A second key (the first removed) for the next step: each key has its own replay record.
    await client.deleteMfaKey(first.id);
    const second = await createKey();
    await client.activateMfaKey(second.id, await codeFor(second, 1));
    expect((await client.getUser(user.id)).mfaKeys.map((key) => [key.id, key.status?.id])).toEqual([[second.id, 1]]);
  });
});

describe('deletion', () => {
  it('deletes an own key through /user/my/…', async () => {
    const key = await createKey();
    await client.activateMfaKey(key.id, await codeFor(key));
    await client.deleteMfaKey(key.id);
    expect((await client.getUser(user.id)).mfaKeys).toEqual([]);
    // No active key left: logging in needs no code again, and a new key can be created.
    expectKind(
      await newEmnifyClient(sandbox.url).client.loginWithPassword({ username: USER.email, password: USER.password }),
      'tokens',
    );
    await createKey();
  });

  it('deletes by user id', async () => {
    const key = await createKey();
    await client.deleteMfaKey(key.id, { userId: user.id });
    expect((await client.getUser(user.id)).mfaKeys).toEqual([]);
  });

  it('an unknown key is a 404, on both paths', async () => {
    for (const options of [undefined, { userId: user.id }]) {
      const error = await watch.rejection(client.deleteMfaKey(UNKNOWN_ID, options), ApiError);
      expect(error.status).toBe(404);
      expect([1201, 1401]).toContain(error.errorCode);
    }
  });

  it("another user's keys are a 403 (Forbidden)", async () => {
    const other = await addSandboxUser(sandbox.url, { ...OTHER, mfa: true });
    watch.keep(other.mfaSecret);
    const error = await watch.rejection(client.deleteMfaKey(UNKNOWN_ID, { userId: other.id }), ApiError);
    expect(error).toMatchObject({ status: 403, errorCode: 1104, errorToken: 'Forbidden' });
  });
});

describe('lookups', () => {
  it('lists the MFA statuses and types', async () => {
    expect(await client.listMfaStatuses()).toEqual([
      { id: 0, description: 'Activation Pending' },
      { id: 1, description: 'Active' },
    ]);
    expect(await client.listMfaTypes()).toEqual([{ id: 0, description: 'Time-Based One-Time Password' }]);
  });
});

itKeepsSecretsOutOfErrors(watch);
