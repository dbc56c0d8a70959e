// "Trust this browser" against the real sandbox: registration in step 2, the fingerprint sent with
// the next password, expiry, a fingerprint the server no longer knows, and the device's server id.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TRUSTED_DEVICE_LIFETIME_MS } from '../../../lib/api';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import type { TrustedDeviceRecord } from '../../../lib/vault/record-types';
import { addMfaUser, readRawTrustedDevices, resetSandbox, useSandbox, type SandboxUser } from '../api/contract/sandbox-harness';
import { totpCode } from '../api/contract/totp-codes';
import { describeThisBrowser } from '../../../entrypoints/popup/views/server/device-info';
import { jsonAnswer } from './http-boundary';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, type SessionHarness } from './session-harness';

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
let harness: SessionHarness;
let profile: ServerProfile;
let user: SandboxUser & { mfaSecret: string };

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  harness = await sessionHarness(await sandboxClock(sandbox.url));
  profile = await harness.addProfile('emnify', sandbox.url);
  user = await addMfaUser(sandbox.url, { email: 'trust.me@example.org', password: 'trusting password' });
  harness.keep(user.password, user.mfaSecret);
});

afterEach(async () => {
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
    expect(await deviceRecords()).toEqual([]);
  });

  it('keeps one registration per user: trusting again replaces the old one', async () => {
    // Expired, so not sent and not forgotten at the password step: it is still there when the new
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
    harness.keep(records[0]?.fingerprint ?? '');
  });

  it('still logs in when the device list cannot be read, without a device id', async () => {
    harness.http.fault('GET', /trusted_device$/u, () => jsonAnswer(503));
    expect(await loginTrusting()).toMatchObject({ state: 'logged-in' });
    const [record] = await deviceRecords();
    expect(record).toBeDefined();
    expect(record).not.toHaveProperty('deviceId');
    harness.keep(record?.fingerprint ?? '');
  });
});
