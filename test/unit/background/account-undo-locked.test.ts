// An undo asked while the vault is locked cannot put the account back, and must not use up its
// token either: unlocked again within the window, the same undo still works.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { createVaultService } from '../../../lib/vault/vault-service';
import { PASSPHRASE, uniqueDbName } from '../vault/helpers';
import { fakeDeps } from './fake-deps';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const optionsPage: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('accounts.undoDelete with the vault locked', () => {
  it('refuses without using up the token, which works once the vault is unlocked again', async () => {
    const clock = { now: 1_700_000_000_000 };
    const vault = createVaultService({ dbName: uniqueDbName() });
    const route = createBackgroundRoute({ ...fakeDeps(() => clock.now), vault }, identity);
    const send = (type: string, body: unknown) => route({ type, body }, optionsPage);
    const valueOf = async <T>(type: string, body: unknown): Promise<T> => {
      const reply = await send(type, body);
      if (!reply.ok) throw new Error(`${type}: ${reply.error.name}`);
      return reply.value as T;
    };
    await valueOf('vault.create', { passphrase: PASSPHRASE });
    const { id } = await valueOf<{ id: string }>('accounts.addUri', { uri: `otpauth://totp/Org:a?secret=${SECRET}&issuer=Org` });
    const { undoToken } = await valueOf<{ undoToken: string }>('accounts.delete', { id });

    await valueOf('vault.lock', {});
    expect(await send('accounts.undoDelete', { undoToken })).toMatchObject({ ok: false, error: { name: 'VaultLockedError' } });

    await valueOf('vault.unlock', { passphrase: PASSPHRASE });
    clock.now += 5_000;
    expect(await send('accounts.undoDelete', { undoToken })).toMatchObject({ ok: true, value: { id, label: 'a' } });
    // Still once only.
    expect(await send('accounts.undoDelete', { undoToken })).toMatchObject({ ok: false, error: { name: 'UndoExpiredError' } });
  });
});
