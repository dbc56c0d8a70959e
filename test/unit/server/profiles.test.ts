import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { jsonAnswer, jwtExpiringAt } from './http-boundary';
import { manualClock, sessionHarness, type SessionHarness } from './session-harness';

const START = Date.UTC(2026, 0, 5, 9, 0, 10);
const CLIENT_SECRET = 'amadis-client-secret-0123456789';

let harness: SessionHarness;

beforeEach(async () => {
  fakeBrowser.reset();
  harness = await sessionHarness(manualClock(START));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function permission(granted: boolean) {
  return vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted);
}

describe('server profiles', () => {
  it('lists the built-in servers and preselects the first until another is chosen', async () => {
    const view = await harness.value('profiles.list', {});
    expect(view.profiles).toEqual([
      { id: 'emnify', kind: 'emnify', name: 'EMnify', baseUrl: 'https://cdn.emnify.net', builtIn: true },
      { id: 'sandbox', kind: 'emnify', name: 'Local sandbox', baseUrl: 'http://127.0.0.1:8787', builtIn: true },
      { id: 'sandbox-amadis', kind: 'amadis', name: 'Local sandbox (Amadis)', baseUrl: 'http://127.0.0.1:8787', builtIn: true },
    ]);
    expect(view.selectedId).toBe('emnify');
    expect((await harness.value('profiles.select', { id: 'sandbox' })).selectedId).toBe('sandbox');
    expect((await harness.value('profiles.list', {})).selectedId).toBe('sandbox');
    expect(await harness.failure('profiles.select', { id: 'nowhere' })).toMatchObject({ name: 'UnknownProfileError' });
  });

  it('adds a server once the browser lets the extension reach it, and selects it', async () => {
    const contains = permission(true);
    const view = await harness.value('profiles.add', { kind: 'emnify', name: '  ', baseUrl: ' https://api.example.org:8443/emnify/ ' });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://api.example.org/*'] });
    const added = view.profiles.find((profile) => profile.id === view.selectedId);
    // The name defaults to the host; the address loses its trailing slash.
    expect(added).toMatchObject({ kind: 'emnify', name: 'api.example.org:8443', baseUrl: 'https://api.example.org:8443/emnify', builtIn: false });
    expect((await harness.value('profiles.list', {})).profiles).toHaveLength(4);
  });

  it('keeps a server with a long host name and no name of its own: the host, cut to fit, names it', async () => {
    permission(true);
    const host = `${'a'.repeat(60)}.${'b'.repeat(60)}.example.org`;
    const view = await harness.value('profiles.add', { kind: 'emnify', name: '', baseUrl: `https://${host}` });
    const listed = (await harness.value('profiles.list', {})).profiles.find((profile) => profile.id === view.selectedId);
    expect(listed).toMatchObject({ baseUrl: `https://${host}`, name: host.slice(0, 100) });
  });

  it('refuses a server the extension may not reach, naming its host', async () => {
    permission(false);
    const error = await harness.failure('profiles.add', { kind: 'emnify', name: 'Corp', baseUrl: 'https://api.corp.example' });
    expect(error.name).toBe('HostPermissionMissingError');
    expect(error.message).toContain('api.corp.example');
    expect((await harness.value('profiles.list', {})).profiles).toHaveLength(3);
  });

  it('refuses a second profile of the same kind at the same address, built-in ones included', async () => {
    permission(true);
    await harness.value('profiles.add', { kind: 'emnify', name: 'One', baseUrl: 'https://api.example.org' });
    expect(await harness.failure('profiles.add', { kind: 'emnify', name: 'Two', baseUrl: 'https://API.example.org/' })).toMatchObject({
      name: 'DuplicateProfileError',
    });
    expect(await harness.failure('profiles.add', { kind: 'emnify', name: 'Again', baseUrl: 'https://cdn.emnify.net' })).toMatchObject({
      name: 'DuplicateProfileError',
    });
    // Another kind at the same address is another server.
    await harness.value('profiles.add', { kind: 'amadis', name: 'Users', baseUrl: 'https://api.example.org' });
    expect((await harness.value('profiles.list', {})).profiles).toHaveLength(5);
  });

  it('refuses addresses that are not https, except on this computer', async () => {
    permission(true);
    for (const baseUrl of ['http://api.example.org', 'ftp://api.example.org', 'not an address', 'https://user:pw@api.example.org']) {
      expect(await harness.failure('profiles.add', { kind: 'emnify', name: 'x', baseUrl })).toMatchObject({ name: 'BadServerUrlError' });
    }
    const view = await harness.value('profiles.add', { kind: 'amadis', name: 'Dev', baseUrl: 'http://localhost:9999' });
    expect(view.profiles.at(-1)).toMatchObject({ baseUrl: 'http://localhost:9999' });
    expect(
      await harness.failure('profiles.add', { kind: 'emnify', name: 'x', baseUrl: 'https://a.example', resendActivationUrl: 'javascript:alert(1)' }),
    ).toMatchObject({ name: 'BadActivationPageError' });
  });

  it('keeps an OAuth client in the vault only', async () => {
    permission(true);
    const view = await harness.value('profiles.add', {
      kind: 'amadis',
      name: 'Users',
      baseUrl: 'https://users.example.org',
      clientId: 'client-one',
      clientSecret: CLIENT_SECRET,
    });
    const added = view.profiles.find((profile) => profile.id === view.selectedId);
    expect(added?.hasClientCredentials).toBe(true);
    expect(await harness.vault.listRecords()).toEqual([
      { id: expect.any(String), kind: 'profile-credentials', profileId: added?.id, clientId: 'client-one', clientSecret: CLIENT_SECRET },
    ]);
    const local = JSON.stringify(await fakeBrowser.storage.local.get());
    expect(local).toContain('users.example.org');
    expect(local).not.toContain(CLIENT_SECRET);
    expect(JSON.stringify(view)).not.toContain(CLIENT_SECRET);
  });

  it('wants both halves of an OAuth client, for Amadis servers only, and an open vault to keep them', async () => {
    permission(true);
    const amadis = { kind: 'amadis' as const, name: 'Users', baseUrl: 'https://users.example.org' };
    expect(await harness.failure('profiles.add', { ...amadis, clientId: 'client-one' })).toMatchObject({ name: 'ClientCredentialsError' });
    expect(await harness.failure('profiles.add', { ...amadis, kind: 'emnify', clientId: 'a', clientSecret: 'b' })).toMatchObject({
      name: 'ClientCredentialsError',
    });
    await harness.value('vault.lock', {});
    expect(await harness.failure('profiles.add', { ...amadis, clientId: 'a', clientSecret: CLIENT_SECRET })).toMatchObject({
      name: 'VaultLockedError',
    });
    expect((await harness.value('profiles.list', {})).profiles).toHaveLength(3);
  });

  it('removes a profile with its secrets, falls back to the first built-in, and never removes a built-in one', async () => {
    permission(true);
    const view = await harness.value('profiles.add', {
      kind: 'amadis',
      name: 'Users',
      baseUrl: 'https://users.example.org',
      clientId: 'client-one',
      clientSecret: CLIENT_SECRET,
    });
    const after = await harness.value('profiles.remove', { id: view.selectedId });
    expect(after.profiles.map((profile) => profile.id)).toEqual(['emnify', 'sandbox', 'sandbox-amadis']);
    expect(after.selectedId).toBe('emnify');
    expect(await harness.vault.listRecords()).toEqual([]);
    expect(await harness.failure('profiles.remove', { id: 'emnify' })).toMatchObject({ name: 'BuiltInProfileError' });
    expect(await harness.failure('profiles.remove', { id: view.selectedId })).toMatchObject({ name: 'UnknownProfileError' });
  });

  it('ends the session on a profile that is removed', async () => {
    const profile = await harness.addProfile('emnify', 'https://api.example.org');
    const authToken = jwtExpiringAt(START + 3_600_000);
    harness.http.fault('POST', /authenticate/u, () => jsonAnswer(200, { auth_token: authToken, refresh_token: 'refresh-token-1' }));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const login = await harness.value('session.loginPassword', { profileId: profile.id, username: 'ann@example.org', password: 'secret password' });
    expect(login.state).toBe('logged-in');
    await harness.value('profiles.remove', { id: profile.id });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out' });
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain(authToken);
    expect(await fakeBrowser.alarms.get('session-refresh')).toBeUndefined();
  });

  it('reads the stored list as input: a damaged entry is dropped, the others kept', async () => {
    await fakeBrowser.storage.local.set({
      serverProfiles: {
        custom: [
          { id: 'ok', kind: 'emnify', name: 'Fine', baseUrl: 'https://fine.example' },
          { id: 'plain', kind: 'emnify', name: 'Plain http', baseUrl: 'http://evil.example' },
          { id: 'emnify', kind: 'amadis', name: 'Shadows a built-in', baseUrl: 'https://x.example' },
          'not a profile',
        ],
        selectedId: 42,
      },
    });
    const view = await harness.value('profiles.list', {});
    expect(view.profiles.map((profile) => profile.id)).toEqual(['emnify', 'sandbox', 'sandbox-amadis', 'ok']);
    expect(view.selectedId).toBe('emnify');
  });
});
