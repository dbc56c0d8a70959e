// accounts.update and accounts.reorder through the real router and the real vault.
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

async function setUp() {
  const deps = { ...fakeDeps(), vault: createVaultService({ dbName: uniqueDbName() }) };
  const route = createBackgroundRoute(deps, identity);
  const send = (type: string, body: unknown) => route({ type, body }, optionsPage);
  await send('vault.create', { passphrase: PASSPHRASE });
  const add = async (uri: string) => {
    const reply = await send('accounts.addUri', { uri });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as { id: string };
  };
  const totp = await add(`otpauth://totp/Bank:carol?secret=${SECRET}&issuer=Bank`);
  const hotp = await add(`otpauth://hotp/Token:erin?secret=${SECRET}&issuer=Token&counter=5`);
  return { deps, send, totp: totp.id, hotp: hotp.id };
}

const summary = (id: string, fields: object = {}) => ({
  id, type: 'totp', issuer: 'Bank', label: 'carol', algorithm: 'SHA1', digits: 6, period: 30, counter: 0, origins: [], ...fields,
});

describe('accounts.update', () => {
  it.each([
    [{ issuer: '  New Bank  ' }, { issuer: 'New Bank' }],
    [{ issuer: '' }, { issuer: '' }],
    [{ label: ' carol@example.com ' }, { label: 'carol@example.com' }],
    [{ algorithm: 'SHA512' }, { algorithm: 'SHA512' }],
    [{ digits: 8 }, { digits: 8 }],
    [{ period: 60 }, { period: 60 }],
    [{ origins: ['github.com'] }, { origins: ['https://github.com'] }],
    [{ siteMatch: 'site' }, { siteMatch: 'site' }],
    [{ label: 'both', digits: 7 }, { label: 'both', digits: 7 }],
  ])('changes %j and nothing else', async (edit, changed) => {
    const { send, deps, totp } = await setUp();
    const before = await deps.vault.getAccount(totp);
    const reply = await send('accounts.update', { id: totp, ...edit });
    expect(reply).toEqual({ ok: true, value: summary(totp, changed) });
    const after = await deps.vault.getAccount(totp);
    expect(after).toEqual({ ...before, ...changed });
    expect(after.secret).toEqual(before.secret);
  });

  it('sets an account back to exact addresses, and refuses any other reach', async () => {
    const { send, deps, totp } = await setUp();
    await send('accounts.update', { id: totp, siteMatch: 'site' });
    // The page is told only of the choice that differs from the default.
    expect(await send('accounts.update', { id: totp, siteMatch: 'origin' })).toEqual({ ok: true, value: summary(totp) });
    expect((await deps.vault.getAccount(totp)).siteMatch).toBe('origin');
    expect(await send('accounts.update', { id: totp, siteMatch: 'everywhere' })).toMatchObject({ ok: false, error: { name: 'BadRequestError' } });
    expect((await deps.vault.getAccount(totp)).siteMatch).toBe('origin');
  });

  it('moves an HOTP counter', async () => {
    const { send, hotp } = await setUp();
    expect(await send('accounts.update', { id: hotp, counter: 42 })).toMatchObject({ ok: true, value: { counter: 42 } });
  });

  it('keeps the sites when an edit does not name them, and empties them when it says so', async () => {
    const { send, deps, totp } = await setUp();
    await send('accounts.update', { id: totp, origins: ['github.com'] });
    await send('accounts.update', { id: totp, label: 'renamed' });
    expect((await deps.vault.getAccount(totp)).origins).toEqual(['https://github.com']);
    await send('accounts.update', { id: totp, origins: [] });
    expect((await deps.vault.getAccount(totp)).origins).toEqual([]);
  });

  it.each([
    ['totp', { digits: 9 }, 'Digits must be 6, 7 or 8.'],
    ['totp', { digits: 5.5 }, 'Digits must be 6, 7 or 8.'],
    ['totp', { period: 0 }, 'The period must be a whole number of seconds from 1 to 3600.'],
    ['totp', { period: 3601 }, 'The period must be a whole number of seconds from 1 to 3600.'],
    ['totp', { counter: 3 }, 'A TOTP account has no counter; leave it at 0.'],
    ['hotp', { period: 60 }, 'An HOTP account has no period; leave it at 30.'],
    ['hotp', { counter: -1 }, 'The counter must be a whole number of 0 or more.'],
    ['hotp', { counter: 1.5 }, 'The counter must be a whole number of 0 or more.'],
    ['totp', { label: '   ' }, 'The account name is missing.'],
    ['totp', { label: 'bad \uD800 name' }, 'The account name contains characters that cannot be stored.'],
  ])('refuses %s %j with the OTP module sentence, changing nothing', async (type, edit, sentence) => {
    const { send, deps, totp, hotp } = await setUp();
    const id = type === 'totp' ? totp : hotp;
    const before = await deps.vault.getAccount(id);
    expect(await send('accounts.update', { id, ...edit })).toEqual({
      ok: false,
      error: { name: 'OtpInputError', message: sentence },
    });
    expect(await deps.vault.getAccount(id)).toEqual(before);
  });

  it.each([
    [['https://github.com'], ['https://github.com']],
    [['github.com', 'GITHUB.COM', 'https://github.com/login'], ['https://github.com']],
    [['http://intranet.example:8080/path'], ['http://intranet.example:8080']],
    [['', '  ', 'login.example.com  '], ['https://login.example.com']],
    [['a.example', 'b.example', 'a.example'], ['https://a.example', 'https://b.example']],
    [['bücher.de'], ['https://xn--bcher-kva.de']],
  ])('normalises sites %j to %j', async (typed, stored) => {
    const { send, deps, totp } = await setUp();
    expect(await send('accounts.update', { id: totp, origins: typed })).toMatchObject({ ok: true, value: { origins: stored } });
    expect((await deps.vault.getAccount(totp)).origins).toEqual(stored);
  });

  it.each(['ftp://files.example', 'javascript:alert(1)', 'not a site', 'localhost-typo'])(
    'refuses the site %j with a sentence naming it',
    async (typed) => {
      const { send, deps, totp } = await setUp();
      const reply = await send('accounts.update', { id: totp, label: 'not saved', origins: ['github.com', typed] });
      expect(reply).toEqual({
        ok: false,
        error: { name: 'InvalidOriginError', message: `"${typed}" is not a website address such as https://example.com.` },
      });
      expect((await deps.vault.getAccount(totp)).label).toBe('carol');
    },
  );

  it('refuses an account that is not there', async () => {
    const { send } = await setUp();
    expect(await send('accounts.update', { id: 'gone', label: 'x' })).toMatchObject({
      ok: false,
      error: { name: 'VaultNotFoundError' },
    });
  });

  it('refuses a pending enrolment: it is finished or cancelled, not edited', async () => {
    const { send, deps } = await setUp();
    const pending = await addPending(deps.vault);
    for (const [type, body] of [
      ['accounts.update', { id: pending, label: 'x' }],
      ['accounts.delete', { id: pending }],
    ] as const) {
      expect(await send(type, body)).toEqual({
        ok: false,
        error: { name: 'PendingAccountError', message: 'This key is still being enrolled: finish or cancel its enrolment first.' },
      });
    }
    expect((await deps.vault.getAccount(pending)).label).toBe('enrol@sandbox.test');
  });

  it('only answers the extension pages', async () => {
    const { deps, totp } = await setUp();
    const route = createBackgroundRoute(deps, identity);
    const tab: MessageSender = { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } as never };
    expect(await route({ type: 'accounts.update', body: { id: totp, label: 'x' } }, tab)).toMatchObject({
      ok: false,
      error: { name: 'ForbiddenSenderError' },
    });
  });
});

describe('accounts.reorder', () => {
  it('stores the order and answers with the list in it', async () => {
    const { send, totp, hotp } = await setUp();
    const reply = await send('accounts.reorder', { ids: [hotp, totp] });
    expect(reply).toMatchObject({ ok: true, value: [{ id: hotp }, { id: totp }] });
    expect(await send('accounts.list', {})).toMatchObject({ ok: true, value: [{ id: hotp }, { id: totp }] });
  });

  it('refuses an order that does not name every account once', async () => {
    const { send, totp, hotp } = await setUp();
    for (const ids of [[totp], [totp, hotp, totp], [totp, hotp, 'other']]) {
      expect(await send('accounts.reorder', { ids })).toMatchObject({ ok: false, error: { name: 'InvalidOrderError' } });
    }
    expect(await send('accounts.list', {})).toMatchObject({ ok: true, value: [{ id: totp }, { id: hotp }] });
  });

  it('keeps pending enrolments, which the page does not list, after the ordered accounts', async () => {
    const { send, deps, totp, hotp } = await setUp();
    const pending = await addPending(deps.vault);
    expect(await send('accounts.reorder', { ids: [hotp, totp] })).toMatchObject({
      ok: true,
      value: [{ id: hotp }, { id: totp }],
    });
    expect((await deps.vault.listAccounts()).map((a) => a.id)).toEqual([hotp, totp, pending]);
  });
});

async function addPending(vault: ReturnType<typeof createVaultService>): Promise<string> {
  const account = await vault.addAccount({
    type: 'totp', issuer: 'EMnify', label: 'enrol@sandbox.test', secret: new Uint8Array(20).fill(9),
    algorithm: 'SHA1', digits: 6, period: 30, counter: 0,
    server: { profileId: 'sandbox', username: 'enrol@sandbox.test', mfaKeyId: 7, enrolment: 'pending' },
  });
  return account.id;
}
