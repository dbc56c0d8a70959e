import { describe, expect, it } from 'vitest';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { MESSAGE_GROUPS } from '../../../lib/protocol/message-groups';
import { fakeDeps } from '../background/fake-deps';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const route = createBackgroundRoute(fakeDeps(), identity);

describe('message router', () => {
  it('answers a known message from an extension page', async () => {
    expect(await route({ type: 'vault.status', body: {} }, popup)).toEqual({
      ok: true,
      value: { state: 'uninitialised', autoLockMinutes: 15 },
    });
  });

  it.each<[string, MessageSender]>([
    ['another extension', { id: 'other-ext', url: 'chrome-extension://other-ext/popup.html' }],
    ['a web page in a tab (content script)', { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } as never }],
    ['a sender with no url', { id: 'ext-id' }],
    ['a look-alike origin', { id: 'ext-id', url: 'chrome-extension://ext-id.evil/popup.html' }],
  ])('rejects vault messages from %s', async (_what, sender) => {
    const reply = await route({ type: 'vault.create', body: { passphrase: 'long enough passphrase' } }, sender);
    expect(reply).toMatchObject({ ok: false, error: { name: 'ForbiddenSenderError' } });
    // Nothing happened: the vault is still uninitialised.
    expect(await route({ type: 'vault.status', body: {} }, popup)).toMatchObject({ value: { state: 'uninitialised' } });
  });

  it.each([
    ['unknown type', { type: 'vault.export', body: {} }],
    ['prototype key as type', { type: 'toString', body: {} }],
    ['no type', { body: {} }],
    ['not an object', 'vault.status'],
    ['null', null],
  ])('rejects an unknown message: %s', async (_what, message) => {
    expect(await route(message, popup)).toMatchObject({ ok: false, error: { name: 'UnknownMessageError' } });
  });

  it.each([
    ['missing field', { type: 'vault.unlock', body: {} }],
    ['wrong type', { type: 'vault.unlock', body: { passphrase: 42 } }],
    ['extra field', { type: 'vault.status', body: { sneaky: true } }],
    ['out of range', { type: 'settings.setAutoLock', body: { minutes: 0 } }],
    ['no body', { type: 'accounts.addUri' }],
  ])('rejects a bad body: %s', async (_what, message) => {
    expect(await route(message, popup)).toMatchObject({ ok: false, error: { name: 'BadRequestError' } });
  });

  it('reports an unexpected failure without its message', async () => {
    const deps = fakeDeps();
    deps.vault.getVaultState = async () => {
      throw new Error('internal detail JBSWY3DPEHPK3PXP');
    };
    const reply = await createBackgroundRoute(deps, identity)({ type: 'vault.status', body: {} }, popup);
    expect(reply).toEqual({
      ok: false,
      error: { name: 'InternalError', message: 'Something went wrong inside the extension. Please try again.' },
    });
  });

  it('finds every message in one group only, so the order the route binds groups in changes nothing', () => {
    const deps = fakeDeps();
    const types = MESSAGE_GROUPS.flatMap((group) => Object.keys(group(deps)));
    expect(types).toContain('vault.status');
    expect(new Set(types).size).toBe(types.length);
  });

  it('answers a message of the last group as well as one of the first', async () => {
    const fresh = createBackgroundRoute(fakeDeps(), identity);
    const last = Object.keys(MESSAGE_GROUPS.at(-1)!(fakeDeps()))[0]!;
    expect(await fresh({ type: last, body: { sneaky: true } }, popup)).toMatchObject({ ok: false, error: { name: 'BadRequestError' } });
    expect(await fresh({ type: 'vault.status', body: {} }, popup)).toMatchObject({ ok: true });
  });
});
