// A store build (lib/store-build.ts) has no sandbox profiles and no plain http://. A Firefox
// profile that ran a development build under the same add-on id, or a backup made there, still
// names them: each reads as a server that is not in the list any more.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORE_BUILD_VARIABLE } from '../../../lib/store-build';

// The modules read the build's kind once, when loaded: they are loaded afresh, as a store build.
type Loaded = {
  storeBuild: typeof import('../../../lib/store-build');
  harness: typeof import('./session-harness');
  profiles: typeof import('../../../lib/server/profiles/profiles');
  lastLogin: typeof import('../../../lib/server/session/last-login');
  storedIo: typeof import('../../../lib/storage/stored-io');
  serverAddress: typeof import('../../../lib/ui/server-address');
};
let loaded: Loaded;

beforeAll(async () => {
  vi.stubEnv(STORE_BUILD_VARIABLE, 'true');
  vi.resetModules();
  loaded = {
    storeBuild: await import('../../../lib/store-build'),
    harness: await import('./session-harness'),
    profiles: await import('../../../lib/server/profiles/profiles'),
    lastLogin: await import('../../../lib/server/session/last-login'),
    storedIo: await import('../../../lib/storage/stored-io'),
    serverAddress: await import('../../../lib/ui/server-address'),
  };
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const START = Date.UTC(2026, 0, 5, 9, 0, 10);
const EMNIFY = { id: 'emnify', kind: 'emnify', name: 'EMnify', baseUrl: 'https://cdn.emnify.net', builtIn: true };
const HTTPS_SERVER = { id: 'https-server', kind: 'emnify', name: 'Staging', baseUrl: 'https://staging.example.org' };
const NOT_IN_THE_LIST = { name: 'UnknownProfileError', message: 'This server is not in the list any more.' };

let harness: Awaited<ReturnType<Loaded['harness']['sessionHarness']>>;

beforeEach(async () => {
  fakeBrowser.reset();
  harness = await loaded.harness.sessionHarness(loaded.harness.manualClock(START));
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** What a development build wrote: the sandbox preselected and last used, a server on this computer. */
async function leaveDevelopmentState(): Promise<void> {
  const { storedIo, profiles, lastLogin } = loaded;
  const onThisComputer = { id: 'on-this-computer', kind: 'amadis', name: 'Mine', baseUrl: 'http://localhost:9000' };
  await storedIo.writeStored(profiles.serverProfilesItem, { custom: [onThisComputer, HTTPS_SERVER], selectedId: 'sandbox' });
  await storedIo.writeStored(lastLogin.lastLoginItem, { profileId: 'sandbox', username: 'ann@example.org' });
}

describe('a store build', () => {
  it('is what the flag reads', () => {
    expect(loaded.storeBuild.WITH_LOCAL_SANDBOX).toBe(false);
  });

  it('lists no sandbox and no server on plain http, and preselects EMnify instead', async () => {
    await leaveDevelopmentState();
    expect(await harness.value('profiles.list', {})).toEqual({ profiles: [EMNIFY, { ...HTTPS_SERVER, builtIn: false }], selectedId: 'emnify' });
    // The login form keeps the e-mail address but offers no server that is gone.
    expect(await harness.value('session.view', {})).toEqual({ state: 'logged-out', lastUsername: 'ann@example.org' });
  });

  it('answers a flow on a sandbox profile with "not in the list", not a crash', async () => {
    await leaveDevelopmentState();
    expect(await harness.failure('profiles.select', { id: 'sandbox' })).toEqual(NOT_IN_THE_LIST);
    expect(await harness.failure('session.loginPassword', { profileId: 'sandbox-amadis', username: 'a@example.org', password: 'pw-123456' })).toEqual(
      NOT_IN_THE_LIST,
    );
    expect(await harness.failure('profiles.remove', { id: 'on-this-computer' })).toEqual(NOT_IN_THE_LIST);
  });

  it('still lists a key enrolled on the sandbox, so that it can be cancelled', async () => {
    await harness.vault.addAccount({
      type: 'totp',
      issuer: 'Sandbox',
      label: 'ann@example.org',
      secret: new Uint8Array(20).fill(7),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      origins: [],
      server: { profileId: 'sandbox', username: 'ann@example.org', mfaKeyId: 12, enrolment: 'pending' },
    });
    expect(await harness.value('enrolment.list', {})).toMatchObject([
      { profile: { id: 'sandbox', name: 'sandbox', builtIn: false }, username: 'ann@example.org', keyId: 12, canFinish: false },
    ]);
  });

  it('refuses plain http for a new server, in the form and in the background, without offering an exception', async () => {
    const { parseServerAddress } = loaded.serverAddress;
    expect(() => parseServerAddress('http://127.0.0.1:8787')).toThrow(
      'The server address must start with https://: plain http is not allowed.',
    );
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await harness.failure('profiles.add', { kind: 'emnify', name: 'Local', baseUrl: 'http://127.0.0.1:8787' })).toEqual({
      name: 'BadServerUrlError',
      message: 'The server address must start with https://: passwords and tokens must not cross a network in clear.',
    });
  });
});
