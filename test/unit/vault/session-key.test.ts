import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { randomBytes, toBase64 } from '../../../lib/crypto/bytes';
import {
  clearUnlockedKey,
  loadUnlockedKey,
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
