// EMnify trusted devices against the real sandbox (docs/api-contract.md §1.2 flows 2-3, §1.4): register
// during MFA step 2, the list with its parsed `+0000` dates and computed 90-day expiry, login
// without a code from a trusted browser, deletion on both paths, and expiry after 90 days.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  TRUSTED_DEVICE_LIFETIME_MS,
  type TrustedDevice,
  type TrustedDeviceRegistration,
} from '../../../../lib/api';
import { expectKind, newEmnifyClient, present, signInWithMfa, type EmnifyHarness } from './emnify-harness';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { addMfaUser, addSandboxUser, readRawTrustedDevices, resetSandbox, useSandbox, type SandboxUser } from './sandbox-harness';
import { pinServerClock, type ServerClock } from './server-clock';

const sandbox = useSandbox();
const watch = createSecretWatch();
let clock: ServerClock;

const USER = { email: 'devices@contract.test', password: 'devices-Pass-8e0f' };
const OTHER = { email: 'devices.other@contract.test', password: 'devices-Other-pass-3b71' };
const DAY_MS = 24 * 60 * 60 * 1000;
const UNKNOWN_ID = 987_654;
/** Random per browser profile in the extension; fixed here, and long, like a real one (§1.2). */
const THIS_BROWSER: TrustedDeviceRegistration = {
  fingerprint: 'fp-6f1c0a9e3b7d4c2a8e5f1b0d9c7a3e61',
  operatingSystem: 'Ubuntu 24.04 LTS',
  browser: 'Chromium 131',
  name: 'Work laptop',
};
const UNKNOWN_FINGERPRINT = 'fp-00000000000000000000000000000000';
watch.keepPassword(USER.password);
watch.keepPassword(OTHER.password);
watch.keep(THIS_BROWSER.fingerprint, UNKNOWN_FINGERPRINT);

let user: SandboxUser & { mfaSecret: string };
let harness: EmnifyHarness;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  clock = await pinServerClock(sandbox.url);
  user = await addMfaUser(sandbox.url, USER);
  watch.keep(user.mfaSecret);
  harness = newEmnifyClient(sandbox.url);
});

/** MFA login that registers this browser; returns the one device the list then shows. */
async function registerThisBrowser(): Promise<TrustedDevice> {
  await signInWithMfa(harness, user, clock, watch, { trustedDevice: THIS_BROWSER });
  const devices = await harness.client.listTrustedDevices();
  expect(devices).toHaveLength(1);
  return present(devices[0], 'the registered device');
}

/** Flow 3: password plus fingerprint. */
function loginWithFingerprint(fingerprint?: string) {
  return newEmnifyClient(sandbox.url).client.loginWithPassword({
    username: user.email,
    password: user.password,
    fingerprint,
  });
}

describe('registration and listing', () => {
  it('MFA step 2 with trusted_device registers exactly one device, with parsed dates and a 90-day expiry', async () => {
    const device = await registerThisBrowser();
    expect(device).toEqual({
      id: expect.any(Number),
      operatingSystem: THIS_BROWSER.operatingSystem,
      browser: THIS_BROWSER.browser,
      activatedAt: expect.any(Number),
      expiresAt: expect.any(Number),
    });
    // The server's own record (ms precision) against what the API showed (`+0000`, whole seconds).
    const [raw] = await readRawTrustedDevices(sandbox.url, user.email);
    expect(raw).toMatchObject({ id: device.id, fingerprint: THIS_BROWSER.fingerprint, name: THIS_BROWSER.name });
    const storedMs = Date.parse(present(raw, 'raw device').activatedAt);
    expect(device.activatedAt).toBe(Math.floor(storedMs / 1000) * 1000);
    expect(device.expiresAt).toBe(present(device.activatedAt, 'activatedAt') + 90 * DAY_MS);
    expect(TRUSTED_DEVICE_LIFETIME_MS).toBe(90 * DAY_MS);
  });

  it('lists the same devices by user id', async () => {
    const device = await registerThisBrowser();
    expect(await harness.client.listTrustedDevices({ userId: user.id })).toEqual([device]);
    expect(await harness.client.listTrustedDevices({ userId: user.email })).toEqual([device]);
  });

  it("another user's devices are a 403", async () => {
    await registerThisBrowser();
    const other = await addSandboxUser(sandbox.url, OTHER);
    const error = await watch.rejection(harness.client.listTrustedDevices({ userId: other.id }), ApiError);
    expect(error).toMatchObject({ status: 403, errorCode: 1104 });
  });
});

describe('login from a trusted browser (flow 3)', () => {
  it('the registered fingerprint gets tokens directly; an unknown or missing one gets the MFA step', async () => {
    await registerThisBrowser();
    const trusted = expectKind(await loginWithFingerprint(THIS_BROWSER.fingerprint), 'tokens');
    watch.keep(trusted.authToken, trusted.refreshToken);
    expect(trusted.refreshToken).toEqual(expect.any(String));
    watch.keep(expectKind(await loginWithFingerprint(UNKNOWN_FINGERPRINT), 'mfa-required').mfaToken);
    watch.keep(expectKind(await loginWithFingerprint(undefined), 'mfa-required').mfaToken);
  });

  it('trust ends 90 days after registration, as the computed expiresAt says', async () => {
    const device = await registerThisBrowser();
    await clock.advance(90 * 24 * 60 * 60 - 60);
    expectKind(await loginWithFingerprint(THIS_BROWSER.fingerprint), 'tokens');
    // 30 s or more either side of the computed expiry: slack for a slow machine.
    expect(await clock.now()).toBeLessThanOrEqual(present(device.expiresAt, 'expiresAt') - 30_000);
    await clock.advance(90);
    expect(await clock.now()).toBeGreaterThanOrEqual(present(device.expiresAt, 'expiresAt') + 30_000);
    watch.keep(expectKind(await loginWithFingerprint(THIS_BROWSER.fingerprint), 'mfa-required').mfaToken);
    // The old session renews itself (refresh token) and sees the device gone.
    expect(await harness.client.listTrustedDevices()).toEqual([]);
    watch.keepTokens(await harness.tokens.get());
  });
});

describe('deletion', () => {
  it('deletes an own device through /user/my/…; the browser then needs a code again', async () => {
    const device = await registerThisBrowser();
    await harness.client.deleteTrustedDevice(device.id);
    expect(await harness.client.listTrustedDevices()).toEqual([]);
    watch.keep(expectKind(await loginWithFingerprint(THIS_BROWSER.fingerprint), 'mfa-required').mfaToken);
  });

  it('deletes by user id', async () => {
    const device = await registerThisBrowser();
    await harness.client.deleteTrustedDevice(device.id, { userId: user.id });
    expect(await harness.client.listTrustedDevices({ userId: user.id })).toEqual([]);
  });

  it('an unknown device is a 404, on both paths', async () => {
    await registerThisBrowser();
    for (const options of [undefined, { userId: user.id }]) {
      const error = await watch.rejection(harness.client.deleteTrustedDevice(UNKNOWN_ID, options), ApiError);
      expect(error.status).toBe(404);
      expect([1201, 1401]).toContain(error.errorCode);
    }
    expect(await harness.client.listTrustedDevices()).toHaveLength(1);
  });
});

itKeepsSecretsOutOfErrors(watch);
