// Pages showing one user's data hear when the logged-in user changes, whichever flow changed it,
// and only then: a renewed token is the same user.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { transition, ANY_RECORD, LOGGED_OUT, type SessionState } from '../../../lib/server/session/session-machine';
import { watchSessionUser } from '../../../lib/server/session/session-user-watch';

const tokens = (authToken: string) => ({ authToken, refreshToken: 'refresh-token' });

function loggedIn(profileId: string, username: string, authToken = 'auth-token'): SessionState {
  return { state: 'logged-in', profileId, username, method: 'password', skippedCode: false, tokens: tokens(authToken) };
}

let announced: number;

beforeEach(() => {
  fakeBrowser.reset();
  announced = 0;
  watchSessionUser(() => (announced += 1));
});

async function move(next: SessionState): Promise<number> {
  const before = announced;
  await transition(ANY_RECORD, next);
  return announced - before;
}

describe('the logged-in user, watched', () => {
  it('announces a login, a logout and a login as someone else or on another server', async () => {
    expect(await move({ state: 'logging-in', profileId: 'sandbox' })).toBe(0);
    expect(await move(loggedIn('sandbox', 'admin@example.org'))).toBe(1);
    expect(await move(LOGGED_OUT)).toBe(1);
    expect(await move(loggedIn('sandbox', 'someone@example.org'))).toBe(1);
    expect(await move(loggedIn('production', 'someone@example.org'))).toBe(1);
  });

  it('knows whom a worker starts under without reading the record as it starts', async () => {
    fakeBrowser.reset();
    await transition(ANY_RECORD, loggedIn('sandbox', 'admin@example.org'));
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    watchSessionUser(() => (announced += 1));
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
    expect(await move(loggedIn('sandbox', 'admin@example.org', 'renewed-token'))).toBe(0);
    expect(await move(LOGGED_OUT)).toBe(1);
  });

  it('says nothing when the same user renews a token, however the address is spelt', async () => {
    await move(loggedIn('sandbox', 'admin@example.org'));
    expect(await move(loggedIn('sandbox', 'admin@example.org', 'renewed-token'))).toBe(0);
    expect(await move(loggedIn('sandbox', 'Admin@Example.org', 'renewed-again'))).toBe(0);
  });
});
