import { describe, expect, it } from 'vitest';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { generateCode } from '../../../lib/otp';
import { fakeDeps } from './fake-deps';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const SECRET_BASE32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
const NOW = 59_000; // RFC 6238 Appendix B's first time

async function setUp() {
  const deps = fakeDeps(() => NOW);
  const route = createBackgroundRoute(deps, identity);
  const send = async (type: string, body: unknown) => {
    const reply = await route({ type, body }, popup);
    return reply;
  };
  await send('vault.create', { passphrase: 'a long passphrase' });
  return { deps, send };
}

describe('background handlers', () => {
  it('adds from a URI and answers with codes, never with the secret', async () => {
    const { send } = await setUp();
    const replies = [
      await send('accounts.addUri', { uri: `otpauth://totp/ACME:bob?secret=${SECRET_BASE32}&digits=8` }),
      await send('accounts.list', {}),
      await send('codes.current', {}),
    ];
    for (const reply of replies) {
      expect(reply.ok).toBe(true);
      const json = JSON.stringify(reply);
      expect(json).not.toContain(SECRET_BASE32);
      expect(json).not.toContain('12345678901234567890');
      expect(json).not.toMatch(/"secret"/);
    }
    // @see RFC 6238 Appendix B: SHA-1 at T=59 s is 94287082.
    expect(replies[2]).toEqual({ ok: true, value: { codes: [{ id: 'id-1', code: '94287082', validUntil: 60_000 }] } });
  });

  it('adds a manual HOTP account and advances its counter once per code', async () => {
    const { send, deps } = await setUp();
    const added = await send('accounts.addManual', {
      type: 'hotp', issuer: '', label: 'counter', secret: SECRET_BASE32.toLowerCase(),
      algorithm: 'SHA1', digits: 6, period: 30, counter: 0,
    });
    expect(added).toMatchObject({ ok: true, value: { type: 'hotp', counter: 0 } });
    // @see RFC 4226 Appendix D: counters 0 and 1 give 755224 and 287082.
    expect(await send('hotp.next', { id: 'id-1' })).toEqual({ ok: true, value: { code: '755224', counter: 1 } });
    expect(await send('hotp.next', { id: 'id-1' })).toEqual({ ok: true, value: { code: '287082', counter: 2 } });
    expect((await deps.vault.getAccount('id-1')).counter).toBe(2);
  });

  it('refuses a next code for a time-based account', async () => {
    const { send } = await setUp();
    await send('accounts.addUri', { uri: `otpauth://totp/x?secret=${SECRET_BASE32}` });
    expect(await send('hotp.next', { id: 'id-1' })).toMatchObject({ ok: false, error: { name: 'NotHotpAccountError' } });
  });

  it('turns a malformed URI into a clear OtpUriError and adds nothing', async () => {
    const { send } = await setUp();
    const reply = await send('accounts.addUri', { uri: 'otpauth://totp/Example?issuer=Example' });
    expect(reply).toMatchObject({ ok: false, error: { name: 'OtpUriError' } });
    expect(await send('accounts.list', {})).toEqual({ ok: true, value: [] });
  });

  it('only returns the codes asked for', async () => {
    const { send } = await setUp();
    await send('accounts.addUri', { uri: `otpauth://totp/a?secret=${SECRET_BASE32}` });
    await send('accounts.addUri', { uri: `otpauth://totp/b?secret=${SECRET_BASE32}&period=60` });
    const reply = await send('codes.current', { ids: ['id-2'] });
    const expected = await generateCode(
      { type: 'totp', issuer: '', label: 'b', secret: new TextEncoder().encode('12345678901234567890'),
        algorithm: 'SHA1', digits: 6, period: 60, counter: 0 },
      NOW,
    );
    expect(reply).toEqual({ ok: true, value: { codes: [{ id: 'id-2', code: expected, validUntil: 60_000 }] } });
  });

  it('cancels the idle timer on lock and tells open pages', async () => {
    const { send, deps } = await setUp();
    await send('vault.lock', {});
    expect(deps.alarms).toEqual(['cancel']);
    expect(deps.events).toEqual(['vault.locked']);
  });

  it('opens the popup with one answer: the first screen of accounts and their codes', async () => {
    const { send } = await setUp();
    for (const label of ['a', 'b', 'c']) await send('accounts.addUri', { uri: `otpauth://totp/${label}?secret=${SECRET_BASE32}` });
    const opened = await send('popup.open', { firstRows: 2 });
    expect(opened).toMatchObject({
      ok: true,
      value: { status: { state: 'unlocked' }, total: 3, accounts: [{ label: 'a' }, { label: 'b' }] },
    });
    const value = (opened as { value: { codes: Array<{ id: string }> } }).value;
    expect(value.codes.map((code) => code.id)).toEqual(['id-1', 'id-2']);
    expect(JSON.stringify(opened)).not.toContain(SECRET_BASE32);

    await send('vault.lock', {});
    expect(await send('popup.open', { firstRows: 2 })).toEqual({
      ok: true,
      value: { status: { state: 'locked', autoLockMinutes: 15 } },
    });
  });
});
