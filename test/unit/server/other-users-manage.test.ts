// An administrator managing another user's MFA from the management page, against the real sandbox:
// a colleague's trusted devices (revoke one, revoke all) and MFA keys (delete), opened by id; the
// server's 403 and 404 as one sentence each; one's own id; and no answer ever shown for another
// user or after the login that asked for it changed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEmnifyClient, createMemoryTokenStore } from '../../../lib/api';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import { addApplicationToken, addMfaUser, addSandboxUser, control, readRawTrustedDevices, resetSandbox, useSandbox } from '../api/contract/sandbox-harness';
import { TOTP_PERIOD_MS, totpCode } from '../api/contract/totp-codes';
import { jsonAnswer } from './http-boundary';
import { sandboxClock } from './sandbox-time';
import { sessionHarness, type SessionHarness, type TestClock } from './session-harness';

const COLLEAGUE = { email: 'colleague@example.org', password: 'colleague password' };
const PLAIN = { email: 'not.an.admin@example.org', password: 'not an admin password' };
/** Far above any id the sandbox hands out in a test (they start at 1001). */
const NOBODY = 987_654;
const FORBIDDEN = { name: 'ManageOthersForbiddenError', message: 'This account may not manage other users.' };

const sandbox = useSandbox();
let clock: TestClock;
let harness: SessionHarness;
let profile: ServerProfile;
let colleague: { id: number; email: string; password: string; mfaSecret: string };

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSandbox(sandbox.url);
  clock = await sandboxClock(sandbox.url);
  harness = await sessionHarness(clock);
  profile = await harness.addProfile('emnify', sandbox.url);
  colleague = await addMfaUser(sandbox.url, COLLEAGUE);
  harness.keep(colleague.password, colleague.mfaSecret, sandbox.demo.adminUser.password);
});

afterEach(async () => {
  for (const device of await readRawTrustedDevices(sandbox.url, COLLEAGUE.email)) harness.keep(device.fingerprint);
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
});

/** The colleague trusting one of their browsers, straight against the server. */
async function colleagueTrusts(device: { operatingSystem: string; browser: string }): Promise<void> {
  const client = createEmnifyClient({ baseUrl: sandbox.url, tokens: createMemoryTokenStore() });
  const step1 = await client.loginWithPassword({ username: colleague.email, password: colleague.password });
  if (step1.kind !== 'mfa-required') throw new Error('The colleague was not asked for a code.');
  const code = await totpCode(colleague.mfaSecret, clock.now());
  await clock.advance(TOTP_PERIOD_MS);
  const fingerprint = `colleague-device-${crypto.randomUUID()}`;
  harness.keep(fingerprint);
  await client.completeMfaLogin({ mfaToken: step1.mfaToken, code, trustedDevice: { fingerprint, ...device } });
}

function loginAs(user: { email: string; password: string }, on: ServerProfile = profile) {
  return harness.value('session.loginPassword', { profileId: on.id, username: user.email, password: user.password });
}

const loginAsAdmin = () => loginAs(sandbox.demo.adminUser);

async function rawKeys(email: string): Promise<{ id: number }[]> {
  return (await control(sandbox.url, 'GET', `/__sandbox/users/${encodeURIComponent(email)}/mfa-keys`)) as { id: number }[];
}

/** A promise the test settles when it chooses: the server's answer held back. */
function heldBack(): { answer: Promise<Response>; release: (response: Response) => void } {
  let release: (response: Response) => void = () => undefined;
  const answer = new Promise<Response>((resolve) => (release = resolve));
  return { answer, release };
}

describe('otherUsers.open', () => {
  it("an administrator sees a colleague's trusted devices and MFA keys by id, none of them this browser's or this vault's", async () => {
    await colleagueTrusts({ operatingSystem: 'Android', browser: 'Chrome 150' });
    await colleagueTrusts({ operatingSystem: 'Windows', browser: 'Firefox 140' });
    await loginAsAdmin();
    const view = await harness.value('otherUsers.open', { userId: colleague.id });
    expect(view).toMatchObject({ profile: { id: profile.id }, userId: colleague.id, username: COLLEAGUE.email, self: false });
    expect(view.devices.map(({ operatingSystem, browser, thisBrowser }) => ({ operatingSystem, browser, thisBrowser }))).toEqual([
      { operatingSystem: 'Android', browser: 'Chrome 150', thisBrowser: false },
      { operatingSystem: 'Windows', browser: 'Firefox 140', thisBrowser: false },
    ]);
    const [key] = await rawKeys(COLLEAGUE.email);
    expect(view.keys).toEqual([
      { id: key?.id, type: 'Time-Based One-Time Password', status: 'Active', active: true, createdAt: expect.any(Number), activatedAt: expect.any(Number) },
    ]);
    // The id in the path, as the contract spells it (§1.3, §1.4): never a username, never "my".
    const paths = harness.http.exchanges.filter((item) => item.method === 'GET' && item.path.startsWith('/api/v1/user/')).map((item) => item.path);
    expect(paths).toEqual(expect.arrayContaining([`/api/v1/user/${colleague.id}`, `/api/v1/user/${colleague.id}/mfa/trusted_device`]));
  });

  it('one\'s own id says "this is you" and lists nothing: those lists are the own sections\'', async () => {
    await loginAsAdmin();
    expect(await harness.value('otherUsers.open', { userId: sandbox.demo.adminUser.id })).toEqual({
      profile: expect.objectContaining({ id: profile.id }),
      userId: sandbox.demo.adminUser.id,
      username: sandbox.demo.adminUser.email,
      self: true,
      devices: [],
      keys: [],
    });
  });

  it('a user who is no administrator gets one sentence (403), whether the id names someone or not', async () => {
    await addSandboxUser(sandbox.url, PLAIN);
    harness.keep(PLAIN.password);
    await loginAs(PLAIN);
    expect(await harness.failure('otherUsers.open', { userId: colleague.id })).toEqual(FORBIDDEN);
    expect(await harness.failure('otherUsers.open', { userId: NOBODY })).toEqual(FORBIDDEN);
    expect(await harness.failure('otherUsers.revokeDevice', { userId: colleague.id, id: 1 })).toEqual(FORBIDDEN);
    expect(await harness.failure('otherUsers.revokeAllDevices', { userId: colleague.id })).toEqual(FORBIDDEN);
    expect(await harness.failure('otherUsers.deleteKey', { userId: colleague.id, id: 1 })).toEqual(FORBIDDEN);
    expect(await rawKeys(COLLEAGUE.email)).toHaveLength(1);
  });

  it('an id that names nobody says there is no such user (404)', async () => {
    await loginAsAdmin();
    const noSuchUser = { name: 'NoSuchUserError', message: `There is no user with the id ${NOBODY} on this server.` };
    expect(await harness.failure('otherUsers.open', { userId: NOBODY })).toEqual(noSuchUser);
    expect(await harness.failure('otherUsers.revokeAllDevices', { userId: NOBODY })).toEqual(noSuchUser);
    // The device or key may be gone rather than the user: the lists read afterwards tell.
    expect(await harness.failure('otherUsers.deleteKey', { userId: NOBODY, id: 1 })).toEqual(noSuchUser);
  });

  it('needs a password login', async () => {
    const required = {
      name: 'OtherUsersLoginRequiredError',
      message: 'Log in with your e-mail address and password from the toolbar popup to manage other users.',
    };
    expect(await harness.failure('otherUsers.open', { userId: colleague.id })).toEqual(required);
    const token = await addApplicationToken(sandbox.url, sandbox.demo.adminUser.email);
    harness.keep(token);
    await harness.value('session.loginToken', { profileId: profile.id, applicationToken: token });
    expect(await harness.failure('otherUsers.open', { userId: colleague.id })).toEqual(required);
  });

  it.each([0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1])('refuses the user id %s before asking the server', async (userId) => {
    await loginAsAdmin();
    const before = harness.http.exchanges.length;
    expect(await harness.failure('otherUsers.open', { userId })).toMatchObject({ name: 'BadRequestError' });
    expect(harness.http.exchanges.length).toBe(before);
  });
});

describe('otherUsers actions', () => {
  it('revokes one device of the colleague, then all the others; the lists come back read afresh', async () => {
    await colleagueTrusts({ operatingSystem: 'Android', browser: 'Chrome 150' });
    await colleagueTrusts({ operatingSystem: 'Windows', browser: 'Firefox 140' });
    await colleagueTrusts({ operatingSystem: 'macOS', browser: 'Safari 18' });
    await loginAsAdmin();
    const [lost] = (await harness.value('otherUsers.open', { userId: colleague.id })).devices;
    if (!lost) throw new Error('The colleague has no device.');

    const after = await harness.value('otherUsers.revokeDevice', { userId: colleague.id, id: lost.id });
    expect(after.devices.map((device) => device.browser)).toEqual(['Firefox 140', 'Safari 18']);
    expect((await readRawTrustedDevices(sandbox.url, COLLEAGUE.email)).map((device) => device.id)).not.toContain(lost.id);
    // Already gone (404): no failure, the list is read again.
    expect((await harness.value('otherUsers.revokeDevice', { userId: colleague.id, id: lost.id })).devices).toHaveLength(2);

    expect((await harness.value('otherUsers.revokeAllDevices', { userId: colleague.id })).devices).toEqual([]);
    expect(await readRawTrustedDevices(sandbox.url, COLLEAGUE.email)).toEqual([]);
  });

  it("deletes the colleague's key: the colleague then logs in without a code, until they enrol again", async () => {
    await loginAsAdmin();
    const [key] = await rawKeys(COLLEAGUE.email);
    if (!key) throw new Error('The colleague has no key.');
    expect((await harness.value('otherUsers.deleteKey', { userId: colleague.id, id: key.id })).keys).toEqual([]);
    expect(await rawKeys(COLLEAGUE.email)).toEqual([]);
    const client = createEmnifyClient({ baseUrl: sandbox.url, tokens: createMemoryTokenStore() });
    expect(await client.loginWithPassword({ username: colleague.email, password: colleague.password })).toMatchObject({ kind: 'tokens' });
  });

  it('a server failure is reported as it is, and deletes nothing more', async () => {
    await colleagueTrusts({ operatingSystem: 'Android', browser: 'Chrome 150' });
    await colleagueTrusts({ operatingSystem: 'Windows', browser: 'Firefox 140' });
    await loginAsAdmin();
    harness.http.fault('DELETE', /\/trusted_device\/\d+$/u, () => jsonAnswer(500));
    expect(await harness.failure('otherUsers.revokeAllDevices', { userId: colleague.id })).toMatchObject({ name: 'ApiError' });
    expect(await readRawTrustedDevices(sandbox.url, COLLEAGUE.email)).toHaveLength(2);
  });
});

describe('no answer for another user, or for another login', () => {
  it("each user's lists are their own: opening one after the other never mixes them", async () => {
    await colleagueTrusts({ operatingSystem: 'Android', browser: 'Chrome 150' });
    const other = await addSandboxUser(sandbox.url, { email: 'second.colleague@example.org', password: 'second colleague' });
    harness.keep(other.password);
    await loginAsAdmin();
    expect((await harness.value('otherUsers.open', { userId: colleague.id })).devices).toHaveLength(1);
    const second = await harness.value('otherUsers.open', { userId: other.id });
    expect(second).toMatchObject({ userId: other.id, username: other.email, devices: [], keys: [] });
  });

  it.each([
    ['a logout', async () => void (await harness.value('session.logout', {}))],
    ['a login as someone else', async () => {
      await addSandboxUser(sandbox.url, PLAIN);
      harness.keep(PLAIN.password);
      await loginAs(PLAIN);
    }],
    ['a login on another server', async () => {
      // The same sandbox under another name is another server to the extension.
      const elsewhere = await harness.addProfile('emnify', sandbox.url.replace('127.0.0.1', 'localhost'));
      await loginAs(sandbox.demo.adminUser, elsewhere);
    }],
    ['the removal of the server', async () => void (await harness.value('profiles.remove', { id: profile.id }))],
  ])('an answer that arrives after %s is dropped, not shown', async (_what, change) => {
    await loginAsAdmin();
    const held = heldBack();
    harness.http.fault('GET', /^\/api\/v1\/user\/\d+$/u, () => held.answer);
    const opening = harness.send('otherUsers.open', { userId: colleague.id });
    await vi.waitFor(() => expect(harness.http.exchanges.some((item) => item.faked)).toBe(true));
    await change();
    held.release(jsonAnswer(200, { id: colleague.id, username: COLLEAGUE.email, mfa: [] }));
    expect(await opening).toEqual({
      ok: false,
      error: { name: 'LoginChangedError', message: 'The login changed while the server answered, so nothing is shown: open the user again.' },
    });
  });

  it('a login that ended and came back as the same administrator still gets its answer', async () => {
    await loginAsAdmin();
    const held = heldBack();
    harness.http.fault('GET', /^\/api\/v1\/user\/\d+$/u, () => held.answer);
    const opening = harness.send('otherUsers.open', { userId: colleague.id });
    await vi.waitFor(() => expect(harness.http.exchanges.some((item) => item.faked)).toBe(true));
    await harness.value('session.logout', {});
    await loginAsAdmin();
    held.release(jsonAnswer(200, { id: colleague.id, username: COLLEAGUE.email, mfa: [] }));
    expect(await opening).toMatchObject({ ok: true, value: { userId: colleague.id, username: COLLEAGUE.email } });
  });
});
