import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { randomBytes, toBase64 } from '../../../lib/crypto/bytes';
import {
  clearUnlockedKey,
  loadUnlockedKey,
  restrictSessionStorage,
  saveUnlockedKey,
} from '../../../lib/vault/session-key';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('session key', () => {
  it('saves as base64 under "vaultKey", loads and clears', async () => {
    const raw = randomBytes(32);
    await saveUnlockedKey(raw);
    expect(await fakeBrowser.storage.session.get('vaultKey')).toEqual({ vaultKey: toBase64(raw) });
    expect(await loadUnlockedKey()).toEqual(raw);
    await clearUnlockedKey();
    expect(await loadUnlockedKey()).toBeUndefined();
  });

  it.each([['not base64!'], [toBase64(randomBytes(16))], [42]])(
    'treats a damaged value (%j) as locked and removes it',
    async (value) => {
      await fakeBrowser.storage.session.set({ vaultKey: value });
      expect(await loadUnlockedKey()).toBeUndefined();
      expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    },
  );
});

describe('restrictSessionStorage', () => {
  // The fake browser has no setAccessLevel (nor has Firefox): tests add one where needed.
  function stubSetAccessLevel(impl: () => Promise<void>) {
    const setAccessLevel = vi.fn(impl);
    Object.defineProperty(fakeBrowser.storage.session, 'setAccessLevel', {
      value: setAccessLevel,
      configurable: true,
      writable: true,
    });
    return setAccessLevel;
  }

  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser.storage.session, 'setAccessLevel');
  });

  it('asks for trusted contexts only where the API exists (Chrome)', async () => {
    const setAccessLevel = stubSetAccessLevel(async () => undefined);
    await restrictSessionStorage();
    expect(setAccessLevel).toHaveBeenCalledExactlyOnceWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('does nothing where the API is missing (Firefox)', async () => {
    expect('setAccessLevel' in fakeBrowser.storage.session).toBe(false);
    await expect(restrictSessionStorage()).resolves.toBeUndefined();
  });

  it('lets a failure through rather than start with the area unrestricted', async () => {
    stubSetAccessLevel(async () => {
      throw new Error('Access level change refused');
    });
    await expect(restrictSessionStorage()).rejects.toThrow('Access level change refused');
  });
});
