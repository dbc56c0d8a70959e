// The one gate every channel passes: the same order (type, sender, body) and the same refusals,
// whichever side receives.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { offscreenMessages, writeClipboardRequest } from '../../../lib/clipboard/offscreen-protocol';
import { announce, onExtensionEvent } from '../../../lib/messaging/events';
import { createGate, type Parser } from '../../../lib/messaging/gate';
import { toWireError } from '../../../lib/messaging/remote-error';

const identity = {
  extensionId: 'ext-id',
  extensionOrigin: 'chrome-extension://ext-id/',
  backgroundUrl: 'chrome-extension://ext-id/background.js',
};
const anything: Parser<unknown> = { safeParse: (value) => ({ success: true, data: value }) };
const background = { id: 'ext-id', url: 'chrome-extension://ext-id/background.js' };
const optionsTab = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html', tab: { id: 3 } };
const contentScript = { id: 'ext-id', url: 'https://example.com/', tab: { id: 1 } };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

describe('the message gate', () => {
  it('refuses an unknown message where it is the addressee, and leaves it where others may be', async () => {
    const entries = { known: { request: anything, from: 'extension' as const, handle: async () => 'done' } };
    const refusing = createGate(entries, { ...identity, unknown: 'refuse', toWireError });
    const leaving = createGate(entries, { ...identity, unknown: 'leave', toWireError });
    expect(await refusing({ type: 'other', body: {} }, background)).toMatchObject({ ok: false, error: { name: 'UnknownMessageError' } });
    expect(leaving({ type: 'other', body: {} }, background)).toBeUndefined();
    expect(leaving({ type: 'toString', body: {} }, background)).toBeUndefined();
    expect(await leaving({ type: 'known', body: {} }, background)).toEqual({ ok: true, value: 'done' });
  });

  it('takes an extension page even in a tab, and the extension itself only outside tabs', async () => {
    const handle = vi.fn(async () => true);
    const gate = createGate(
      {
        fromPage: { request: anything, from: 'extension-page', handle },
        fromExtension: { request: anything, from: 'extension', handle },
      },
      { ...identity, unknown: 'refuse', toWireError },
    );
    expect(await gate({ type: 'fromPage', body: {} }, optionsTab)).toEqual({ ok: true, value: true });
    expect(await gate({ type: 'fromPage', body: {} }, contentScript)).toMatchObject({ error: { name: 'ForbiddenSenderError' } });
    expect(await gate({ type: 'fromExtension', body: {} }, background)).toEqual({ ok: true, value: true });
    expect(await gate({ type: 'fromExtension', body: {} }, optionsTab)).toMatchObject({ error: { name: 'ForbiddenSenderError' } });
    expect(await gate({ type: 'fromExtension', body: {} }, { ...background, id: 'other' })).toMatchObject({
      error: { name: 'ForbiddenSenderError' },
    });
    expect(handle).toHaveBeenCalledTimes(2);
  });

  it('checks the sender before the body, and the body before the handler', async () => {
    const handle = vi.fn(async () => true);
    const never: Parser<unknown> = { safeParse: () => ({ success: false }) };
    const gate = createGate({ strict: { request: never, from: 'extension', handle } }, { ...identity, unknown: 'refuse', toWireError });
    expect(await gate({ type: 'strict', body: {} }, contentScript)).toMatchObject({ error: { name: 'ForbiddenSenderError' } });
    expect(await gate({ type: 'strict', body: {} }, background)).toMatchObject({ error: { name: 'BadRequestError' } });
    expect(handle).not.toHaveBeenCalled();
  });

  it('reports a failing handler through the receiver’s own error mapping', async () => {
    const failing = { request: anything, from: 'extension' as const, handle: async () => Promise.reject(new Error('seed JBSWY3DP')) };
    const gate = createGate({ failing }, { ...identity, unknown: 'refuse', toWireError });
    const reply = await gate({ type: 'failing', body: {} }, background);
    expect(reply).toEqual({ ok: false, error: { name: 'InternalError', message: expect.any(String) } });
    expect(JSON.stringify(reply)).not.toContain('JBSWY3DP');
  });
});

describe('the offscreen channel', () => {
  it('writes what the background asks, and nothing a web page sends', async () => {
    const written: string[] = [];
    const gate = createGate(offscreenMessages((text) => (written.push(text), true)), { ...identity, unknown: 'leave', toWireError });
    expect(await gate(writeClipboardRequest('123456'), background)).toEqual({ ok: true, value: true });
    expect(await gate(writeClipboardRequest('654321'), contentScript)).toMatchObject({ error: { name: 'ForbiddenSenderError' } });
    // The popup and the management page are the extension's own, but only the background may write.
    expect(await gate(writeClipboardRequest('111111'), popup)).toMatchObject({ error: { name: 'ForbiddenSenderError' } });
    expect(await gate(writeClipboardRequest('222222'), optionsTab)).toMatchObject({ error: { name: 'ForbiddenSenderError' } });
    expect(await gate(writeClipboardRequest('333333'), { id: 'ext-id' })).toMatchObject({ error: { name: 'ForbiddenSenderError' } });
    expect(await gate({ type: 'offscreen.writeClipboard', body: { text: 42 } }, background)).toMatchObject({
      error: { name: 'BadRequestError' },
    });
    expect(gate({ type: 'vault.status', body: {} }, background)).toBeUndefined();
    expect(written).toEqual(['123456']);
  });

  it('takes nothing as from the background when it was not told the background’s URL', async () => {
    const written: string[] = [];
    const withoutBackground = { extensionId: identity.extensionId, extensionOrigin: identity.extensionOrigin };
    const gate = createGate(offscreenMessages((text) => (written.push(text), true)), { ...withoutBackground, unknown: 'leave', toWireError });
    expect(await gate(writeClipboardRequest('123456'), background)).toMatchObject({ error: { name: 'ForbiddenSenderError' } });
    expect(written).toEqual([]);
  });
});

describe('the events pages hear', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls the handler for its event from the extension, and answers nothing else', async () => {
    const heard = vi.fn();
    onExtensionEvent('vault.locked', heard);
    const fromBackground = { id: browser.runtime.id };
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'vault.locked', body: {} }, fromBackground)).toEqual([
      { ok: true, value: undefined },
    ]);
    // Another page's request to the background travels the same channel: it is left alone.
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'vault.lock', body: {} }, fromBackground)).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'vault.locked', body: {} }, { ...fromBackground, tab: { id: 1 } as never })).toMatchObject([
      { ok: false, error: { name: 'ForbiddenSenderError' } },
    ]);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('announces an event in the envelope every channel uses', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    announce('session.changed');
    expect(sent).toHaveBeenCalledWith({ type: 'session.changed', body: {} });
  });
});
