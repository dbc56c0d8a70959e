// accounts.delete / undoDelete with a fake clock, accounts.reveal, and what replies may carry.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { parseOtpauthUri } from '../../../lib/otp';
import { createVaultService } from '../../../lib/vault/vault-service';
import { PASSPHRASE, textsOf, uniqueDbName } from '../vault/helpers';
import { fakeDeps } from './fake-deps';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const optionsPage: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
const SECRET_FORMS = [SECRET, SECRET.toLowerCase(), 'GEZD GNBV', '12345678901234567890', 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA'];

beforeEach(() => {
  fakeBrowser.reset();
});

async function setUp() {
  const clock = { now: 1_700_000_000_000 };
  const dbName = uniqueDbName();
  const deps = { ...fakeDeps(() => clock.now), vault: createVaultService({ dbName }) };
  const route = createBackgroundRoute(deps, identity);
  const replies: unknown[] = [];
  const send = async (type: string, body: unknown) => {
    const reply = await route({ type, body }, optionsPage);
    replies.push(reply);
    return reply;
  };
  await send('vault.create', { passphrase: PASSPHRASE });
  const ids: string[] = [];
  for (const name of ['a', 'b', 'c']) {
    const reply = await send('accounts.addUri', { uri: `otpauth://totp/Org:${name}?secret=${SECRET}&issuer=Org` });
    ids.push((reply as { value: { id: string } }).value.id);
  }
  const labels = async () => (await deps.vault.listAccounts()).map((account) => account.label);
  const deleteAccount = async (id: string) => {
    const reply = await send('accounts.delete', { id });
    return (reply as { value: { undoToken: string } }).value.undoToken;
  };
  return { clock, dbName, deps, send, replies, ids, labels, deleteAccount };
}

describe('accounts.delete and accounts.undoDelete', () => {
  it('deletes at once and puts the account back at its place within 30 s', async () => {
    const { clock, send, ids, labels, deleteAccount } = await setUp();
    const undoToken = await deleteAccount(ids[1]!);
    expect(await labels()).toEqual(['a', 'c']);
    clock.now += 30_000;
    expect(await send('accounts.undoDelete', { undoToken })).toMatchObject({ ok: true, value: { id: ids[1], label: 'b' } });
    expect(await labels()).toEqual(['a', 'b', 'c']);
  });

  it('an undo token works once', async () => {
    const { send, ids, labels, deleteAccount } = await setUp();
    const undoToken = await deleteAccount(ids[0]!);
    await send('accounts.undoDelete', { undoToken });
    expect(await send('accounts.undoDelete', { undoToken })).toEqual({
      ok: false,
      error: { name: 'UndoExpiredError', message: 'It is too late to undo this deletion.' },
    });
    expect(await labels()).toEqual(['a', 'b', 'c']);
  });

  it('is too late after 30 s, and the account stays deleted', async () => {
    const { clock, send, ids, labels, deleteAccount } = await setUp();
    const undoToken = await deleteAccount(ids[2]!);
    clock.now += 30_001;
    expect(await send('accounts.undoDelete', { undoToken })).toEqual({
      ok: false,
      error: { name: 'UndoExpiredError', message: 'It is too late to undo this deletion.' },
    });
    expect(await labels()).toEqual(['a', 'b']);
  });

  it('refuses an unknown token with the same sentence', async () => {
    const { send } = await setUp();
    expect(await send('accounts.undoDelete', { undoToken: 'never-handed-out' })).toMatchObject({
      ok: false,
      error: { message: 'It is too late to undo this deletion.' },
    });
  });

  it('survives a restarted worker within the window (the record waits in storage.session)', async () => {
    const { clock, dbName, ids, deleteAccount } = await setUp();
    const undoToken = await deleteAccount(ids[1]!);
    // A new worker: new vault service and handlers over the same disk and the same storage.session.
    const vault = createVaultService({ dbName });
    const route = createBackgroundRoute({ ...fakeDeps(() => clock.now), vault }, identity);
    expect(await route({ type: 'accounts.undoDelete', body: { undoToken } }, optionsPage)).toMatchObject({
      ok: true,
      value: { label: 'b' },
    });
    expect((await vault.listAccounts()).map((account) => account.label)).toEqual(['a', 'b', 'c']);
  });

  it('needs the vault unlocked to put an account back', async () => {
    const { send, ids, labels, deleteAccount } = await setUp();
    const undoToken = await deleteAccount(ids[0]!);
    await send('vault.lock', {});
    expect(await send('accounts.undoDelete', { undoToken })).toMatchObject({ ok: false, error: { name: 'VaultLockedError' } });
    await send('vault.unlock', { passphrase: PASSPHRASE });
    expect(await labels()).toEqual(['b', 'c']);
  });
});

describe('accounts.reveal', () => {
  it('answers with the grouped secret and the otpauth link after the right passphrase', async () => {
    const { send, ids } = await setUp();
    const reply = await send('accounts.reveal', { id: ids[0], passphrase: PASSPHRASE });
    expect(reply).toEqual({
      ok: true,
      value: {
        secret: 'GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ',
        otpauthUri: `otpauth://totp/Org:a?secret=${SECRET}&issuer=Org&algorithm=SHA1&digits=6&period=30`,
      },
    });
    const parsed = parseOtpauthUri((reply as { value: { otpauthUri: string } }).value.otpauthUri);
    expect(new TextDecoder().decode(parsed.secret)).toBe('12345678901234567890');
  });

  it('refuses a wrong passphrase without a secret, even for an account that is not there', async () => {
    const { send, ids } = await setUp();
    for (const id of [ids[0], 'no-such-account']) {
      expect(await send('accounts.reveal', { id, passphrase: 'not the passphrase' })).toEqual({
        ok: false,
        error: { name: 'WrongPassphraseError', message: 'That passphrase is not right.' },
      });
    }
    expect(await send('accounts.reveal', { id: 'no-such-account', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { name: 'VaultNotFoundError' },
    });
  });

  it('reveals nothing of a locked vault', async () => {
    const { send, ids } = await setUp();
    await send('vault.lock', {});
    expect(await send('accounts.reveal', { id: ids[0], passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { name: 'VaultLockedError' },
    });
  });
});

describe('secrets in replies and in storage.session', () => {
  it('only accounts.reveal ever answers with the secret or the passphrase', async () => {
    const { clock, send, replies, ids, deleteAccount } = await setUp();
    await send('accounts.update', { id: ids[0], label: 'renamed', origins: ['github.com'] });
    await send('accounts.update', { id: ids[0], digits: 12 });
    await send('accounts.update', { id: ids[0], origins: ['ftp://x.example'] });
    await send('accounts.reorder', { ids: [ids[2], ids[1], ids[0]] });
    await send('accounts.reorder', { ids: [ids[2]] });
    const undoToken = await deleteAccount(ids[1]!);
    await send('accounts.undoDelete', { undoToken });
    await deleteAccount(ids[2]!);
    clock.now += 60_000;
    await send('accounts.undoDelete', { undoToken });
    await send('accounts.reveal', { id: ids[0], passphrase: 'a wrong passphrase' });
    await send('accounts.list', {});

    const texts = textsOf(replies);
    const text = texts.join('\n');
    for (const form of [...SECRET_FORMS, PASSPHRASE, 'a wrong passphrase']) expect(text).not.toContain(form);
    expect(texts).not.toContain('secret');
    expect(texts).not.toContain('otpauthUri');

    // The deleted account waits sealed: nothing decrypted reaches storage.session.
    const session = textsOf(await fakeBrowser.storage.session.get(null)).join('\n');
    for (const form of SECRET_FORMS) expect(session).not.toContain(form);
  });
});
