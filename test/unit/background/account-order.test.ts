// Pin to top and recently used, through the real router and the real (encrypted) vault: the facts
// the popup orders by are kept inside each sealed account, and the opening's first screen follows them.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { createVaultService } from '../../../lib/vault/vault-service';
import { dumpAllStores, flattenToText, PASSPHRASE, uniqueDbName } from '../vault/helpers';
import { fakeDeps } from './fake-deps';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const webPage: MessageSender = { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } } as MessageSender;
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

beforeEach(() => {
  fakeBrowser.reset();
});

async function setUp() {
  let now = 1_700_000_000_000;
  const dbName = uniqueDbName();
  const deps = { ...fakeDeps(() => now), vault: createVaultService({ dbName }) };
  const route = createBackgroundRoute(deps, identity);
  const send = (type: string, body: unknown, sender = popup) => route({ type, body }, sender);
  const value = async (type: string, body: unknown) => {
    const reply = await send(type, body);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };
  await value('vault.create', { passphrase: PASSPHRASE });
  const ids: string[] = [];
  for (const issuer of ['Zoo', 'Bank', 'Mail']) {
    const added = (await value('accounts.addUri', { uri: `otpauth://totp/${issuer}:carol?secret=${SECRET}&issuer=${issuer}` })) as { id: string };
    ids.push(added.id);
  }
  const firstScreen = async (firstRows = 3) =>
    ((await value('popup.open', { firstRows })) as { accounts: { issuer: string }[] }).accounts.map((a) => a.issuer);
  return { deps, dbName, send, value, ids, firstScreen, later: (ms: number) => void (now += ms), at: () => now };
}

describe('accounts.pin', () => {
  it('pins an account (kept in the vault), and the opening lists it first; unpinning puts it back', async () => {
    const { value, ids, deps, firstScreen } = await setUp();
    const mail = ids[2]!;
    expect(await value('accounts.pin', { id: mail, pinned: true })).toMatchObject({ id: mail, issuer: 'Mail', pinned: true });
    expect((await deps.vault.getAccount(mail)).pinned).toBe(true);
    expect(await firstScreen()).toEqual(['Mail', 'Zoo', 'Bank']);
    // Only the first rows come with the opening: the pinned one is among them.
    expect(await firstScreen(1)).toEqual(['Mail']);

    const unpinned = await value('accounts.pin', { id: mail, pinned: false });
    expect(unpinned).not.toHaveProperty('pinned');
    expect(await firstScreen()).toEqual(['Zoo', 'Bank', 'Mail']);
  });

  it('leaves the secret and everything else of the account as it was', async () => {
    const { value, ids, deps } = await setUp();
    const before = await deps.vault.getAccount(ids[0]!);
    await value('accounts.pin', { id: ids[0]!, pinned: true });
    expect(await deps.vault.getAccount(ids[0]!)).toEqual({ ...before, pinned: true });
  });

  it('writes nothing about it in plaintext: the record on disk is id, order and ciphertext', async () => {
    const { value, ids, dbName } = await setUp();
    await value('accounts.pin', { id: ids[1]!, pinned: true });
    await value('accounts.used', { id: ids[1]! });
    const text = flattenToText(await dumpAllStores(dbName));
    expect(text).not.toMatch(/pinned|lastUsedAt|Bank/);
  });

  it.each([
    [{ id: 'x' }],
    [{ id: 'x', pinned: 'yes' }],
    [{ id: '', pinned: true }],
    [{ id: 'x', pinned: true, extra: 1 }],
  ])('refuses the request %j', async (body) => {
    const { send } = await setUp();
    expect(await send('accounts.pin', body)).toMatchObject({ ok: false, error: { name: 'BadRequestError' } });
  });

  it('answers only the extension\'s own pages', async () => {
    const { send, ids, deps } = await setUp();
    expect(await send('accounts.pin', { id: ids[0]!, pinned: true }, webPage)).toMatchObject({ ok: false });
    expect(await send('accounts.used', { id: ids[0]! }, webPage)).toMatchObject({ ok: false });
    expect((await deps.vault.getAccount(ids[0]!)).pinned).toBeUndefined();
  });

  it('says so for an account that is not there', async () => {
    const { send } = await setUp();
    expect(await send('accounts.pin', { id: 'gone', pinned: true })).toMatchObject({ ok: false, error: { name: 'VaultNotFoundError' } });
  });
});

describe('accounts.used and the order of the opening', () => {
  it('records the moment of the copy; recently used puts the last one first', async () => {
    const { value, ids, deps, firstScreen, later, at } = await setUp();
    await value('accounts.used', { id: ids[1]! });
    expect((await deps.vault.getAccount(ids[1]!)).lastUsedAt).toBe(at());
    later(1_000);
    await value('accounts.used', { id: ids[2]! });

    // Manual order until the user chooses another.
    expect(await firstScreen()).toEqual(['Zoo', 'Bank', 'Mail']);
    await value('settings.update', { accountSort: 'recent' });
    expect(await firstScreen()).toEqual(['Mail', 'Bank', 'Zoo']);
    expect(await value('popup.open', { firstRows: 1 })).toMatchObject({ accountSort: 'recent', total: 3 });

    await value('settings.update', { accountSort: 'name' });
    expect(await firstScreen()).toEqual(['Bank', 'Mail', 'Zoo']);
  });

  it('orders the pinned ones first in every order', async () => {
    const { value, ids, firstScreen } = await setUp();
    await value('accounts.pin', { id: ids[0]!, pinned: true });
    await value('settings.update', { accountSort: 'name' });
    expect(await firstScreen()).toEqual(['Zoo', 'Bank', 'Mail']);
  });

  it('leaves the stored (management page) order alone', async () => {
    const { value, ids } = await setUp();
    await value('accounts.pin', { id: ids[2]!, pinned: true });
    await value('settings.update', { accountSort: 'name' });
    const list = (await value('accounts.list', {})) as { issuer: string }[];
    expect(list.map((a) => a.issuer)).toEqual(['Zoo', 'Bank', 'Mail']);
  });

  it('refuses a request without an account', async () => {
    const { send } = await setUp();
    expect(await send('accounts.used', {})).toMatchObject({ ok: false, error: { name: 'BadRequestError' } });
  });
});
