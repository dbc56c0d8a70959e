// The management page's trusted devices against the real sandbox: which one is this browser (by
// the id learnt at registration, else by OS, browser and time), revoking this browser (its
// fingerprint is forgotten, so the next login asks for a code), a device already gone, revoking
// every other device, and the sentences a page gets without a user session.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEmnifyClient, createMemoryTokenStore, TRUSTED_DEVICE_LIFETIME_MS } from '../../../lib/api';
import type { ServerProfile, TrustedDevicesView } from '../../../lib/protocol/protocol';
import type { TrustedDeviceRecord } from '../../../lib/vault/record-types';
import { addApplicationToken, addMfaUser, readRawTrustedDevices, resetSandbox, useSandbox } from '../api/contract/sandbox-harness';
import { TOTP_PERIOD_MS, totpCode } from '../api/contract/totp-codes';
import { describeThisBrowser } from '../../../entrypoints/popup/views/server/device-info';
import { jsonAnswer } from './http-boundary';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, type SessionHarness, type TestClock } from './session-harness';

const CHROMIUM_ON_LINUX = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  userAgentData: { brands: [{ brand: 'Chromium', version: '156' }], platform: 'Linux' },
};
const FIREFOX_ON_WINDOWS = { operatingSystem: 'Windows', browser: 'Firefox 140' };
const MINUTE = 60_000;

const sandbox = useSandbox();
let clock: TestClock;
let harness: SessionHarness;
let profile: ServerProfile;
let user: { email: string; password: string; mfaSecret: string };

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  clock = await sandboxClock(sandbox.url);
  harness = await sessionHarness(clock);
  profile = await harness.addProfile('emnify', sandbox.url);
  user = await addMfaUser(sandbox.url, { email: 'devices.owner@example.org', password: 'devices owner password' });
  harness.keep(user.password, user.mfaSecret);
});

afterEach(async () => {
  for (const record of await deviceRecords()) harness.keep(record.fingerprint);
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
});

/** The next code of the user's key, then time moves on a step so that no code is sent twice. */
async function nextCode(): Promise<string> {
  const code = await totpCode(user.mfaSecret, clock.now());
  await clock.advance(TOTP_PERIOD_MS);
  return code;
}

/** Another browser of the same user registering itself, straight against the server. */
async function registerOtherDevice(device: { operatingSystem: string; browser: string }): Promise<string> {
  const client = createEmnifyClient({ baseUrl: sandbox.url, tokens: createMemoryTokenStore() });
  const step1 = await client.loginWithPassword({ username: user.email, password: user.password });
  if (step1.kind !== 'mfa-required') throw new Error('The other device was not asked for a code.');
  const fingerprint = `other-device-${crypto.randomUUID()}`;
  harness.keep(fingerprint);
  await client.completeMfaLogin({ mfaToken: step1.mfaToken, code: await nextCode(), trustedDevice: { fingerprint, ...device } });
  return fingerprint;
}

function login() {
  return harness.value('session.loginPassword', { profileId: profile.id, username: user.email, password: user.password });
}

/** Trusting this browser as the popup describes it (Chromium on Linux). */
async function loginWithCode(trust: boolean) {
  await login();
  return harness.value('session.submitCode', { code: await nextCode(), trustedDevice: trust ? describeThisBrowser(CHROMIUM_ON_LINUX) : undefined });
}

async function deviceRecords(): Promise<TrustedDeviceRecord[]> {
  return (await harness.vault.listRecords()).filter((record): record is TrustedDeviceRecord => record.kind === 'trusted-device');
}

async function serverIdOf(fingerprint: string): Promise<number> {
  const found = (await readRawTrustedDevices(sandbox.url, user.email)).find((device) => device.fingerprint === fingerprint);
  if (!found) throw new Error('The server does not list that device.');
  return found.id;
}

async function ownFingerprint(): Promise<string> {
  const [record] = await deviceRecords();
  if (!record) throw new Error('This browser is not registered.');
  return record.fingerprint;
}

function markedIds(view: TrustedDevicesView): number[] {
  return view.devices.filter((device) => device.thisBrowser).map((device) => device.id);
}

describe('devices.list', () => {
  it('lists the user\'s devices with their expiry, and marks this browser by the id learnt at registration', async () => {
    const other = await registerOtherDevice(FIREFOX_ON_WINDOWS);
    await loginWithCode(true);
    const ownId = await serverIdOf(await ownFingerprint());
    expect((await deviceRecords())[0]?.deviceId).toBe(ownId);

    const view = await harness.value('devices.list', {});
    expect(view).toMatchObject({ profile: { id: profile.id }, username: user.email });
    expect(view.devices).toHaveLength(2);
    expect(markedIds(view)).toEqual([ownId]);
    const own = view.devices.find((device) => device.id === ownId);
    expect(own).toMatchObject({ operatingSystem: 'Linux', browser: 'Chromium 156', thisBrowser: true });
    // The server's clock and the vault's: the same moment, to the second the server rounds to.
    expect(Math.abs((own?.activatedAt ?? 0) - ((await deviceRecords())[0]?.registeredAt ?? 0))).toBeLessThan(2_000);
    for (const device of view.devices) expect(device.expiresAt).toBe((device.activatedAt ?? NaN) + TRUSTED_DEVICE_LIFETIME_MS);
    expect(view.devices.find((device) => !device.thisBrowser)).toMatchObject({ ...FIREFOX_ON_WINDOWS, id: await serverIdOf(other) });
  });

  it('without a learnt id, marks the same OS and browser registered within minutes of this browser, not an older look-alike', async () => {
    const lookAlike = await registerOtherDevice({ operatingSystem: 'Linux', browser: 'Chromium 156' });
    await clock.advance(20 * MINUTE);
    harness.http.fault('GET', /trusted_device$/u, () => jsonAnswer(503));
    await loginWithCode(true);
    expect((await deviceRecords())[0]).not.toHaveProperty('deviceId');

    const view = await harness.value('devices.list', {});
    expect(view.devices).toHaveLength(2);
    expect(markedIds(view)).toEqual([await serverIdOf(await ownFingerprint())]);
    expect(markedIds(view)).not.toContain(await serverIdOf(lookAlike));
  });

  it('marks nothing when this browser is not trusted', async () => {
    await registerOtherDevice(FIREFOX_ON_WINDOWS);
    await loginWithCode(false);
    const view = await harness.value('devices.list', {});
    expect(view.devices).toHaveLength(1);
    expect(markedIds(view)).toEqual([]);
  });

  it('needs a password login: says so without a session and after an application-token login', async () => {
    expect(await harness.failure('devices.list', {})).toEqual({
      name: 'ServerLoginRequiredError',
      message: "Log in from the toolbar popup to see this account's trusted devices.",
    });
    const token = await addApplicationToken(sandbox.url, user.email);
    harness.keep(token);
    await harness.value('session.loginToken', { profileId: profile.id, applicationToken: token });
    expect(await harness.failure('devices.revokeOthers', {})).toEqual({
      name: 'ServerLoginRequiredError',
      message: "Log in with your e-mail address and password from the toolbar popup to see this account's trusted devices.",
    });
  });
});

describe('devices.revoke', () => {
  it('revoking this browser removes it on the server and forgets its fingerprint: the next login asks for a code', async () => {
    await loginWithCode(true);
    const fingerprint = await ownFingerprint();
    const ownId = await serverIdOf(fingerprint);

    const view = await harness.value('devices.revoke', { id: ownId });
    expect(view.devices).toEqual([]);
    expect(await readRawTrustedDevices(sandbox.url, user.email)).toEqual([]);
    expect(await deviceRecords()).toEqual([]);
    expect(harness.events).toContain('session.changed');
    expect(await harness.value('session.view', {})).not.toHaveProperty('trustedUntil');

    await harness.value('session.logout', {});
    expect(await login()).toMatchObject({ state: 'mfa' });
    expect(harness.http.authenticateBodies().at(-1)).not.toHaveProperty('fingerprint');
    harness.keep(fingerprint);
  });

  it('revoking another device removes that one only, and this browser stays trusted', async () => {
    const other = await registerOtherDevice(FIREFOX_ON_WINDOWS);
    await loginWithCode(true);
    const fingerprint = await ownFingerprint();

    const view = await harness.value('devices.revoke', { id: await serverIdOf(other) });
    expect(view.devices.map((device) => device.id)).toEqual([await serverIdOf(fingerprint)]);
    expect((await readRawTrustedDevices(sandbox.url, user.email)).map((device) => device.fingerprint)).toEqual([fingerprint]);
    expect(await deviceRecords()).toHaveLength(1);
    expect(harness.events).not.toContain('session.changed');
  });

  it('a device already gone (404) refreshes the list instead of failing', async () => {
    const other = await registerOtherDevice(FIREFOX_ON_WINDOWS);
    await loginWithCode(true);
    const otherId = await serverIdOf(other);
    const session = await harness.deps.servers.requireSession();
    await session.client.deleteTrustedDevice(otherId);

    const view = await harness.value('devices.revoke', { id: otherId });
    expect(harness.http.exchanges.filter((item) => item.method === 'DELETE').at(-1)).toMatchObject({ status: 404 });
    expect(view.devices.map((device) => device.thisBrowser)).toEqual([true]);
    expect(await deviceRecords()).toHaveLength(1);
  });

  it('this browser\'s device already gone (404) is forgotten in the vault too', async () => {
    await loginWithCode(true);
    const ownId = await serverIdOf(await ownFingerprint());
    await (await harness.deps.servers.requireSession()).client.deleteTrustedDevice(ownId);

    expect((await harness.value('devices.revoke', { id: ownId })).devices).toEqual([]);
    expect(await deviceRecords()).toEqual([]);
  });

  it('a server failure revokes nothing and forgets nothing', async () => {
    await loginWithCode(true);
    const ownId = await serverIdOf(await ownFingerprint());
    harness.http.fault('DELETE', /trusted_device\/\d+$/u, () => jsonAnswer(500));

    expect(await harness.failure('devices.revoke', { id: ownId })).toEqual({
      name: 'ApiError',
      message: 'The server had a problem. Try again later.',
    });
    expect(await readRawTrustedDevices(sandbox.url, user.email)).toHaveLength(1);
    expect(await deviceRecords()).toHaveLength(1);
  });
});

describe('devices.revokeOthers', () => {
  it('revokes every device but this browser, which logs in again without a code', async () => {
    await registerOtherDevice(FIREFOX_ON_WINDOWS);
    await registerOtherDevice({ operatingSystem: 'macOS', browser: 'Safari 19' });
    await loginWithCode(true);
    const fingerprint = await ownFingerprint();

    const view = await harness.value('devices.revokeOthers', {});
    expect(view.devices).toMatchObject([{ id: await serverIdOf(fingerprint), thisBrowser: true }]);
    expect((await readRawTrustedDevices(sandbox.url, user.email)).map((device) => device.fingerprint)).toEqual([fingerprint]);

    await harness.value('session.logout', {});
    expect(await login()).toMatchObject({ state: 'logged-in', skippedCode: true });
  });

  it('refuses when this browser is not among the devices, and revokes none', async () => {
    await registerOtherDevice(FIREFOX_ON_WINDOWS);
    await loginWithCode(false);

    expect(await harness.failure('devices.revokeOthers', {})).toEqual({
      name: 'ThisBrowserUnknownError',
      message: 'This browser is not among the trusted devices, so none was revoked: revoke them one by one.',
    });
    expect(await readRawTrustedDevices(sandbox.url, user.email)).toHaveLength(1);
    expect(harness.http.exchanges.filter((item) => item.method === 'DELETE')).toEqual([]);
  });
});
