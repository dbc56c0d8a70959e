// The background's autofill wiring: listeners registered in the worker's first turn, the menu item,
// the list loaded once, the waiting fill read back from disk, the clipboard and the error sentences.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as flowErrors from '../../../lib/autofill/worker/autofill-flow-errors';
import { readPendingAutofill, savePendingAutofill } from '../../../lib/autofill/worker/autofill-pending';
import { loadPublicSuffixList, PublicSuffixListError } from '../../../lib/autofill/worker/public-suffix-load';
import { readPublicSuffixRules } from '../../../lib/autofill/worker/public-suffix-source';
import { copyCodeForUser } from '../../../lib/autofill/worker/autofill-copy';
import { FILL_MENU_ITEM } from '../../../lib/autofill/worker/autofill-gestures';
import { writeClipboardRequest } from '../../../lib/clipboard/offscreen-protocol';
import { startBackground } from '../../../lib/background/start-background';
import { toWireError } from '../../../lib/messaging/remote-error';

beforeEach(() => fakeBrowser.reset());

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (fakeBrowser as { offscreen?: unknown }).offscreen;
});

describe('the worker', () => {
  it('listens for the fill command and the menu item in its first turn, and adds the item on install', async () => {
    const onCommand = vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const onClicked = vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    const calls: string[] = [];
    vi.spyOn(browser.contextMenus, 'removeAll').mockImplementation(async () => void calls.push('removeAll'));
    vi.spyOn(browser.contextMenus, 'create').mockImplementation((properties) => (calls.push(JSON.stringify(properties)), 1));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    startBackground();
    // Synchronously: a worker woken by the shortcut only delivers it to listeners added at once.
    expect(onCommand).toHaveBeenCalledTimes(1);
    expect(onClicked).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([]);

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual(['removeAll', JSON.stringify({ id: FILL_MENU_ITEM, title: 'Fill one-time code', contexts: ['editable'] })]);
  });
});

describe('the public suffix list in the worker', () => {
  // Before any good read: the worker keeps the first list it parsed for the rest of its life.
  it('refuses a file that is not a list of rules', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ rules: ['com'] }));
    await expect(loadPublicSuffixList()).rejects.toThrow(PublicSuffixListError);
  });

  it('is fetched from the extension once, and tried again after a failed read', async () => {
    const rules = readPublicSuffixRules();
    const fetch = vi.fn(async () => new Response(null, { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    await expect(loadPublicSuffixList()).rejects.toThrow(PublicSuffixListError);

    fetch.mockImplementation(async () => Response.json(rules));
    const list = await loadPublicSuffixList();
    expect(list.registrableDomain('a.b.github.io')).toBe('b.github.io');
    expect(await loadPublicSuffixList()).toBe(list);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenLastCalledWith('chrome-extension://test-extension-id/public-suffix-list.json');
  });

});

describe('a waiting fill on disk', () => {
  const site = { origin: 'https://github.com', registrableDomain: 'github.com', insecure: false };
  const record = { tabId: 1, frameId: 0, place: { top: site, frame: site }, accountIds: ['a'], expiresAt: 2_000 };

  it('is read back until it expires, then removed', async () => {
    await savePendingAutofill(record);
    expect(await readPendingAutofill(1_999)).toEqual(record);
    expect(await readPendingAutofill(2_000)).toBeUndefined();
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it('counts as none when it does not parse, and is removed', async () => {
    await browser.storage.session.set({ autofillPending: { ...record, tabId: 'one' } });
    expect(await readPendingAutofill(0)).toBeUndefined();
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});

describe('copying a code that found no field', () => {
  it('writes it through the offscreen document, then schedules the clearing', async () => {
    const messages: unknown[] = [];
    (fakeBrowser as { offscreen?: unknown }).offscreen = {
      hasDocument: async () => false,
      createDocument: async () => undefined,
      closeDocument: async () => undefined,
    };
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => (messages.push(message), Promise.resolve({ ok: true, value: true })));
    await copyCodeForUser('123456');
    expect(messages).toEqual([writeClipboardRequest('123456')]);
    expect(await browser.alarms.get('clipboard-clear')).toBeDefined();
  });

  it('says so in one sentence, without the platform’s error, where the clipboard refuses', async () => {
    await expect(copyCodeForUser('123456')).rejects.toThrow(flowErrors.CodeNotCopiedError);
    expect(await browser.alarms.get('clipboard-clear')).toBeUndefined();
  });
});

describe('errors of a fill', () => {
  type ErrorClass = new () => Error;
  const classes = [...Object.values(flowErrors), PublicSuffixListError] as ErrorClass[];

  it.each(classes.map((type) => [type.name, type] as const))('%s reaches the popup as written, in one sentence', (_name, type) => {
    const error = new type();
    expect(error.name).toBe(type.name);
    expect(toWireError(error)).toEqual({ name: error.name, message: error.message });
    expect(error.message).toMatch(/^[^\n]+[.!?]$/u);
    expect(error.message).not.toMatch(/[.!?]\s+\p{Lu}/u);
  });
});
