// Deleted accounts kept for an undo: sealed bytes only, one use per token, 30 s.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepDeletedAccount, takeDeletedAccount, UNDO_WINDOW_MS } from '../../../lib/vault/deleted-accounts';
import { UndoExpiredError } from '../../../lib/vault/errors';

beforeEach(() => {
  fakeBrowser.reset();
});

const T0 = 1_700_000_000_000;
const sealed = (id = 'account-1') => ({
  id,
  order: 3,
  iv: new Uint8Array(12).fill(7),
  ciphertext: new Uint8Array([1, 2, 3, 250, 251]),
});

describe('deleted accounts kept for undo', () => {
  it('gives back the very record within the window, once', async () => {
    const token = await keepDeletedAccount(sealed(), T0);
    expect(await takeDeletedAccount(token, T0 + UNDO_WINDOW_MS)).toEqual(sealed());
    await expect(takeDeletedAccount(token, T0 + 1)).rejects.toThrow(UndoExpiredError);
  });

  it('refuses after the window, and forgets the record', async () => {
    const token = await keepDeletedAccount(sealed(), T0);
    await expect(takeDeletedAccount(token, T0 + UNDO_WINDOW_MS + 1)).rejects.toThrow(
      'It is too late to undo this deletion.',
    );
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('refuses an unknown token and a clock that went backwards', async () => {
    await expect(takeDeletedAccount('no-such-token', T0)).rejects.toThrow(UndoExpiredError);
    const token = await keepDeletedAccount(sealed(), T0);
    await expect(takeDeletedAccount(token, T0 - 1)).rejects.toThrow(UndoExpiredError);
  });

  it('uses a fresh random token each time, and keeps records apart', async () => {
    const first = await keepDeletedAccount(sealed('one'), T0);
    const second = await keepDeletedAccount(sealed('two'), T0);
    expect(first).not.toBe(second);
    expect((await takeDeletedAccount(second, T0)).id).toBe('two');
    expect((await takeDeletedAccount(first, T0)).id).toBe('one');
  });

  it('drops expired records when a new one is kept, and leaves other session data alone', async () => {
    await fakeBrowser.storage.session.set({ vaultKey: 'kept as it is' });
    await keepDeletedAccount(sealed('old'), T0);
    const fresh = await keepDeletedAccount(sealed('new'), T0 + UNDO_WINDOW_MS + 1);
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored).sort()).toEqual([`deletedAccount:${fresh}`, 'vaultKey']);
  });

  it('stores the sealed bytes as base64 and nothing else', async () => {
    const token = await keepDeletedAccount(sealed(), T0);
    const stored = await fakeBrowser.storage.session.get(`deletedAccount:${token}`);
    expect(stored[`deletedAccount:${token}`]).toEqual({
      id: 'account-1',
      order: 3,
      iv: 'BwcHBwcHBwcHBwcH',
      ciphertext: 'AQID+vs=',
      deletedAt: T0,
    });
  });

  it('treats a damaged stored value as nothing to undo', async () => {
    await fakeBrowser.storage.session.set({ 'deletedAccount:broken': { id: 'x', order: 0, iv: '%%', ciphertext: '', deletedAt: T0 } });
    await expect(takeDeletedAccount('broken', T0)).rejects.toThrow(UndoExpiredError);
  });
});
