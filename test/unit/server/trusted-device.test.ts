// "Trust this browser" against the real sandbox: registration in step 2, trust said only once the
// server's device list shows it (a server that ignores `trusted_device`, a list that cannot single
// this browser out or cannot be read), the fingerprint sent with the next password and reused when
// trusting again, expiry, a fingerprint the server no longer knows, and the device's server id.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TRUSTED_DEVICE_LIFETIME_MS } from '../../../lib/api';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import type { TrustedDeviceRecord } from '../../../lib/vault/record-types';
import {
  addMfaUser,
  ignoreTrustedDevice,
  readRawTrustedDevices,
  resetSandbox,
  useSandbox,
  type SandboxUser,
} from '../api/contract/sandbox-harness';
import { TOTP_PERIOD_MS, totpCode } from '../api/contract/totp-codes';
import { describeThisBrowser } from '../../../entrypoints/popup/views/server/device-info';
import { jsonAnswer } from './http-boundary';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, type SessionHarness, type TestClock } from './session-harness';

const CHROMIUM_ON_LINUX = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  userAgentData: {
    brands: [
      { brand: 'Chromium', version: '156' },
      { brand: 'Not/A)Brand', version: '24' },
    ],
    platform: 'Linux',
  },
};

const sandbox = useSandbox();
let clock: TestClock;
let harness: SessionHarness;
let profile: ServerProfile;
let user: SandboxUser & { mfaSecret: string };

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  clock = await sandboxClock(sandbox.url);
  harness = await sessionHarness(clock);
  profile = await harness.addProfile('emnify', sandbox.url);
  user = await addMfaUser(sandbox.url, { email: 'trust.me@example.org', password: 'trusting password' });
  harness.keep(user.password, user.mfaSecret);
});

afterEach(async () => {
  for (const record of await deviceRecords()) harness.keep(record.fingerprint);
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
});

function login(username = user.email) {
  return harness.value('session.loginPassword', { profileId: profile.id, username, password: user.password });
}

async function loginTrusting() {
  await login();
  const code = await totpCode(user.mfaSecret, harness.deps.now());
  // As the popup describes this browser when the user ticks "Trust this browser".
  return harness.value('session.submitCode', { code, trustedDevice: describeThisBrowser(CHROMIUM_ON_LINUX) });
}

async function deviceRecords(): Promise<TrustedDeviceRecord[]> {
  return (await harness.vault.listRecords()).filter((record): record is TrustedDeviceRecord => record.kind === 'trusted-device');
}

describe('trusting this browser', () => {
  it('registers a random fingerprint with readable device details, and learns the device id', async () => {
    const view = await loginTrusting();
    const [record] = await deviceRecords();
    if (!record) throw new Error('No trusted-device record was stored.');
    harness.keep(record.fingerprint);
    expect(record.fingerprint).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    expect(record).toMatchObject({
      profileId: profile.id,
      username: user.email,
      operatingSystem: 'Linux',
      browser: 'Chromium 156',
      name: 'OTP Companion on Linux (Chromium 156)',
    });
    const [step2] = harness.http.authenticateBodies().filter((body) => body.mfa_token !== undefined);
    expect(step2?.trusted_device).toEqual({
      fingerprint: record.fingerprint,
      operating_system: 'Linux',
      browser: 'Chromium 156',
      name: 'OTP Companion on Linux (Chromium 156)',
    });
    const [onServer] = await readRawTrustedDevices(sandbox.url, user.email);
    expect(onServer?.fingerprint).toBe(record.fingerprint);
    expect(record.deviceId).toBe(onServer?.id);
    expect(view).toMatchObject({ state: 'logged-in', trustedUntil: record.registeredAt + TRUSTED_DEVICE_LIFETIME_MS });
    expect(view).not.toHaveProperty('skippedCode');
    expect(view).not.toHaveProperty('trustRequest');
    expect(record).not.toHaveProperty('trust');
  });

  it('refuses a description of this browser longer than a device list shows, and sends nothing', async () => {
    await login();
    const code = await totpCode(user.mfaSecret, harness.deps.now());
    const trustedDevice = { ...describeThisBrowser(CHROMIUM_ON_LINUX), name: 'n'.repeat(257) };
    expect(await harness.failure('session.submitCode', { code, trustedDevice })).toMatchObject({ name: 'BadRequestError' });
    expect(harness.http.authenticateBodies().filter((body) => body.mfa_token !== undefined)).toEqual([]);
    expect(await deviceRecords()).toEqual([]);
  });

  it('sends the fingerprint with the next password, whatever the case of the address, and skips the code', async () => {
    await loginTrusting();
    await harness.value('session.logout', {});
    const view = await login(user.email.toUpperCase());
    const [record] = await deviceRecords();
    expect(harness.http.authenticateBodies().at(-1)).toMatchObject({ username: user.email.toUpperCase(), fingerprint: record?.fingerprint });
    expect(view).toMatchObject({ state: 'logged-in', skippedCode: true });
  });

  it('does not send a fingerprint older than the 90 days the server trusts it', async () => {
    await harness.vault.putRecord({
      id: 'old-registration',
      kind: 'trusted-device',
      profileId: profile.id,
      username: user.email,
      fingerprint: 'an-expired-fingerprint-0123456789',
      registeredAt: harness.deps.now() - TRUSTED_DEVICE_LIFETIME_MS - 1,
    });
    harness.keep('an-expired-fingerprint-0123456789');
    const view = await login();
    expect(harness.http.authenticateBodies()[0]).not.toHaveProperty('fingerprint');
    expect(view).toMatchObject({ state: 'mfa' });
    expect(view).not.toHaveProperty('deviceNotTrusted');
  });

  it('says when the server no longer trusts the fingerprint, and stops sending it', async () => {
    await harness.vault.putRecord({
      id: 'forgotten-by-server',
      kind: 'trusted-device',
      profileId: profile.id,
      username: user.email,
      fingerprint: 'unknown-to-the-server-0123456789',
      registeredAt: harness.deps.now() - 60_000,
    });
    harness.keep('unknown-to-the-server-0123456789');
    expect(await login()).toMatchObject({ state: 'mfa', deviceNotTrusted: true });
    expect(harness.http.authenticateBodies()[0]).toMatchObject({ fingerprint: 'unknown-to-the-server-0123456789' });
    // Kept, as lapsed, only to be registered again if the user trusts this browser again.
    expect(await deviceRecords()).toMatchObject([{ id: 'forgotten-by-server', trust: 'lapsed' }]);
    await harness.value('session.cancelMfa', {});
    expect(await login()).toMatchObject({ state: 'mfa' });
    expect(harness.http.authenticateBodies().at(-1)).not.toHaveProperty('fingerprint');
  });

  it('keeps one registration per user, whatever the case of the address: trusting again replaces the old one, with its fingerprint', async () => {
    // Expired, so not sent and not marked at the password step: it is still there when the new
    // registration is saved.
    await harness.vault.putRecord({
      id: 'expired-registration',
      kind: 'trusted-device',
      profileId: profile.id,
      username: user.email.toUpperCase(),
      fingerprint: 'an-expired-fingerprint-0123456789',
      registeredAt: harness.deps.now() - TRUSTED_DEVICE_LIFETIME_MS - 1,
    });
    harness.keep('an-expired-fingerprint-0123456789');
    await loginTrusting();
    const records = await deviceRecords();
    expect(records).toHaveLength(1);
    expect(records[0]?.id).not.toBe('expired-registration');
    expect(records[0]?.fingerprint).toBe('an-expired-fingerprint-0123456789');
  });

  it('still logs in when the device list cannot be read, and says trust is not confirmed until a login skips the code', async () => {
    harness.http.fault('GET', /trusted_device$/u, () => jsonAnswer(503));
    const view = await loginTrusting();
    expect(view).toMatchObject({ state: 'logged-in', trustRequest: 'not-confirmed' });
    expect(view).not.toHaveProperty('trustedUntil');
    const [record] = await deviceRecords();
    expect(record).toMatchObject({ trust: 'unconfirmed' });
    expect(record).not.toHaveProperty('deviceId');

    await harness.value('session.logout', {});
    const next = await login();
    expect(harness.http.authenticateBodies().at(-1)).toMatchObject({ fingerprint: record?.fingerprint });
    expect(next).toMatchObject({ state: 'logged-in', skippedCode: true, trustedUntil: (record?.registeredAt ?? 0) + TRUSTED_DEVICE_LIFETIME_MS });
    expect(next).not.toHaveProperty('trustRequest');
    expect((await deviceRecords())[0]).not.toHaveProperty('trust');
  });

  it('still logs in when the device list is unreachable', async () => {
    harness.http.fault('GET', /trusted_device$/u, () => 'unreachable');
    expect(await loginTrusting()).toMatchObject({ state: 'logged-in', trustRequest: 'not-confirmed' });
  });
});

describe('a server that ignores trusted_device', () => {
  it('logs in, says the server does not trust this browser, keeps no fingerprint, and asks a code next time', async () => {
    await ignoreTrustedDevice(sandbox.url, user.email);
    const view = await loginTrusting();
    expect(view).toMatchObject({ state: 'logged-in', trustRequest: 'not-registered' });
    expect(view).not.toHaveProperty('trustedUntil');
    expect(await readRawTrustedDevices(sandbox.url, user.email)).toEqual([]);
    expect(await deviceRecords()).toEqual([]);
    // A reopened popup says the same.
    expect(await harness.value('session.view', {})).toMatchObject({ trustRequest: 'not-registered' });

    await harness.value('session.logout', {});
    expect(await login()).toMatchObject({ state: 'mfa' });
    expect(harness.http.authenticateBodies().at(-1)).not.toHaveProperty('fingerprint');
  });

  it('says nothing of trust when the user did not ask for it', async () => {
    await login();
    const view = await harness.value('session.submitCode', { code: await totpCode(user.mfaSecret, harness.deps.now()) });
    expect(view).toMatchObject({ state: 'logged-in' });
    expect(view).not.toHaveProperty('trustRequest');
    expect(view).not.toHaveProperty('trustedUntil');
  });
});

describe('a device list that cannot single this browser out', () => {
  it('does not claim trust, records no device id, and keeps the fingerprint for the next login to tell', async () => {
    const activation = new Date(harness.deps.now()).toISOString();
    const lookAlikes = [1, 2].map((id) => ({ id, operating_system: 'Linux', browser: 'Chromium 156', activation_date: activation }));
    harness.http.fault('GET', /trusted_device$/u, () => jsonAnswer(200, lookAlikes));
    const view = await loginTrusting();
    expect(view).toMatchObject({ state: 'logged-in', trustRequest: 'not-confirmed' });
    expect(view).not.toHaveProperty('trustedUntil');
    const [record] = await deviceRecords();
    expect(record).toMatchObject({ trust: 'unconfirmed' });
    expect(record).not.toHaveProperty('deviceId');
  });
});

describe('trusting this browser again', () => {
  async function nextStep(): Promise<void> {
    await clock.advance(TOTP_PERIOD_MS);
  }

  it('after the 90 days, registers the same fingerprint again instead of a new one', async () => {
    await loginTrusting();
    const [first] = await deviceRecords();
    await harness.value('session.logout', {});
    await clock.advance(TRUSTED_DEVICE_LIFETIME_MS + TOTP_PERIOD_MS);

    const view = await loginTrusting();
    const records = await deviceRecords();
    expect(records).toHaveLength(1);
    expect(records[0]?.fingerprint).toBe(first?.fingerprint);
    const [step2] = harness.http.authenticateBodies().filter((body) => body.mfa_token !== undefined).slice(-1);
    expect(step2?.trusted_device).toMatchObject({ fingerprint: first?.fingerprint });
    // One row for this browser on the server, re-registered under a new id that the vault learnt.
    const onServer = await readRawTrustedDevices(sandbox.url, user.email);
    expect(onServer.map((device) => device.fingerprint)).toEqual([first?.fingerprint]);
    expect(records[0]?.deviceId).toBe(onServer[0]?.id);
    expect(view).toMatchObject({ trustedUntil: (records[0]?.registeredAt ?? 0) + TRUSTED_DEVICE_LIFETIME_MS });
  });

  it('after the server stopped trusting it, registers the same fingerprint again', async () => {
    await loginTrusting();
    const [first] = await deviceRecords();
    const session = await harness.deps.servers.requireSession();
    await session.client.deleteTrustedDevice(first?.deviceId ?? -1);
    await harness.value('session.logout', {});
    expect(await login()).toMatchObject({ state: 'mfa', deviceNotTrusted: true });
    await nextStep();

    const code = await totpCode(user.mfaSecret, harness.deps.now());
    const view = await harness.value('session.submitCode', { code, trustedDevice: describeThisBrowser(CHROMIUM_ON_LINUX) });
    const records = await deviceRecords();
    expect(records).toHaveLength(1);
    expect(records[0]?.fingerprint).toBe(first?.fingerprint);
    expect(records[0]).not.toHaveProperty('trust');
    expect(records[0]?.deviceId).not.toBe(first?.deviceId);
    expect(view).toMatchObject({ state: 'logged-in', trustedUntil: (records[0]?.registeredAt ?? 0) + TRUSTED_DEVICE_LIFETIME_MS });
  });
});
