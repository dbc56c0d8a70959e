import { describe, expect, it } from 'vitest';
import { importMessages } from '../../../lib/import/import-messages';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { routeOf } from '../background/route-of';
import { fakeDeps } from '../background/fake-deps';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const page: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html#import' };
const contentScript: MessageSender = { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } as MessageSender['tab'] };

const NEW_A = 'otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP';
const NEW_B = 'otpauth://hotp/Token:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=3';
const GARBAGE = 'not a link';

async function setUp() {
  const deps = fakeDeps();
  await deps.vault.createVault('a long passphrase');
  // Only the import messages are routed here; the gate checks senders and schemas as for all.
  const route = routeOf(importMessages(deps), identity);
  const send = (type: string, body: unknown, sender = page) => route({ type, body }, sender);
  return { deps, send };
}

describe('import handlers', () => {
  it('previews without writing and without a secret in the reply', async () => {
    const { deps, send } = await setUp();
    const reply = await send('import.preview', { uris: [NEW_A, GARBAGE, NEW_A] });
    expect(reply).toEqual({
      ok: true,
      value: [
        { index: 0, status: 'new', type: 'totp', issuer: 'ACME', label: 'alice' },
        { index: 1, status: 'invalid', reason: 'This is not an otpauth:// link.' },
        {
          index: 2, status: 'duplicate', type: 'totp', issuer: 'ACME', label: 'alice', duplicateOf: 'ACME (alice)',
          reason: 'Same key as ACME (alice), earlier in this import.',
        },
      ],
    });
    expect(JSON.stringify(reply)).not.toContain('JBSWY3DPEHPK3PXP');
    expect(await deps.vault.listAccounts()).toEqual([]);
  });

  it('adds only the new entries, with the origin they were scanned from, and counts the rest', async () => {
    const { deps, send } = await setUp();
    await deps.vault.addAccount({
      type: 'totp', issuer: 'Had', label: 'it', secret: new TextEncoder().encode('12345678901234567890'),
      algorithm: 'SHA1', digits: 6, period: 30, counter: 0,
    });
    const duplicate = 'otpauth://totp/Copy?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const reply = await send('import.commit', { uris: [NEW_A, GARBAGE, duplicate, NEW_B], origin: 'https://Login.Example.COM:443/sign-in?x=1' });
    expect(reply).toEqual({ ok: true, value: { added: 2, skipped: 2 } });
    const accounts = await deps.vault.listAccounts();
    expect(accounts.map((a) => [a.issuer, a.label, a.type, a.counter, a.origins])).toEqual([
      ['Had', 'it', 'totp', 0, undefined],
      ['ACME', 'alice', 'totp', 0, ['https://login.example.com']],
      ['Token', 'bob', 'hotp', 3, ['https://login.example.com']],
    ]);
    // Committing again finds everything in the vault already.
    expect(await send('import.commit', { uris: [NEW_A, NEW_B] })).toEqual({ ok: true, value: { added: 0, skipped: 2 } });
  });

  it('stores no origin when none is given', async () => {
    const { deps, send } = await setUp();
    expect(await send('import.commit', { uris: [NEW_A] })).toEqual({ ok: true, value: { added: 1, skipped: 0 } });
    expect((await deps.vault.listAccounts())[0]).not.toHaveProperty('origins');
  });

  it('refuses an origin that is no web site and writes nothing', async () => {
    const { deps, send } = await setUp();
    const reply = await send('import.commit', { uris: [NEW_A], origin: 'chrome://extensions' });
    expect(reply).toMatchObject({ ok: false, error: { name: 'InvalidOriginError' } });
    expect(await deps.vault.listAccounts()).toEqual([]);
  });

  it('needs an unlocked vault', async () => {
    const { deps, send } = await setUp();
    await deps.vault.lockVault();
    expect(await send('import.preview', { uris: [NEW_A] })).toMatchObject({ ok: false, error: { name: 'VaultLockedError' } });
    expect(await send('import.commit', { uris: [NEW_A] })).toMatchObject({ ok: false, error: { name: 'VaultLockedError' } });
  });

  it('answers only the extension pages, and only well-formed requests', async () => {
    const { deps, send } = await setUp();
    expect(await send('import.commit', { uris: [NEW_A] }, contentScript)).toMatchObject({ ok: false, error: { name: 'ForbiddenSenderError' } });
    expect(await send('import.commit', { uris: [NEW_A], extra: true })).toMatchObject({ ok: false, error: { name: 'BadRequestError' } });
    expect(await send('import.preview', { uris: Array(1001).fill(NEW_A) })).toMatchObject({ ok: false, error: { name: 'BadRequestError' } });
    expect(await deps.vault.listAccounts()).toEqual([]);
  });
});
