// The popup's Fill when a code cannot go into the page: no field (the code is copied), a page that
// changed, a locked vault, a page the extension may not reach, a sender that is not the popup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLIPBOARD_CLEAR_ALARM } from '../../../lib/clipboard/clipboard-clear';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { autofillWorld, fakePages, IDENTITY, TOTP_CODE, totpUri, type FakePages } from '../background/autofill-fake-page';

const totp = totpUri('GitHub:alice');

let pages: FakePages;

beforeEach(() => {
  fakeBrowser.reset();
  pages = fakePages();
  pages.install();
});

afterEach(() => pages.uninstall());

describe("the popup's Fill, when the code cannot go in", () => {
  it('copies the code when the page has no code field, and clears it later', async () => {
    const { send, add, replies } = await autofillWorld();
    const page = pages.addTab(1, 'https://github.com/settings', { hasField: false });
    await add(totp, ['https://github.com']);
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'copied' } });
    expect(page.filled).toEqual([]);
    expect(pages.sent.map(({ request }) => request.type)).toEqual(['content.detectField']);
    expect(pages.clipboard).toEqual([TOTP_CODE]);
    expect(await browser.alarms.get(CLIPBOARD_CLEAR_ALARM)).toBeDefined();
    expect(JSON.stringify(replies)).not.toContain(TOTP_CODE);
  });

  it('copies the code when the field went away before the fill, and says so', async () => {
    const { send, add } = await autofillWorld();
    const page = pages.addTab(1, 'https://github.com/login');
    page.refusesFill = 'gone';
    await add(totp, ['https://github.com']);
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'copied', why: 'gone' } });
    expect(page.filled).toEqual([]);
    expect(pages.clipboard).toEqual([TOTP_CODE]);
  });

  it.each(['hidden', 'covered', 'sms-or-email'] as const)(
    'copies the code, saying why, when the only code field was refused as %s',
    async (why) => {
      const { send, add } = await autofillWorld();
      const page = pages.addTab(1, 'https://github.com/login');
      page.refusedAtDetect = why;
      await add(totp, ['https://github.com']);
      expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'copied', why } });
      expect(pages.sent.map(({ request }) => request.type)).toEqual(['content.detectField']);
      expect(page.filled).toEqual([]);
      expect(pages.clipboard).toEqual([TOTP_CODE]);
    },
  );

  it('gives the user no reason the page made up', async () => {
    const { send, add } = await autofillWorld();
    const page = pages.addTab(1, 'https://github.com/login');
    page.refusesFill = 'Your session expired: call 555-0100.' as never;
    await add(totp, ['https://github.com']);
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'copied' } });
  });

  it('sends no code when the tab went to another site while the field was looked for', async () => {
    const { send, add } = await autofillWorld();
    const page = pages.addTab(1, 'https://github.com/login');
    page.navigatesTo = 'https://evil.example/';
    await add(totp, ['https://github.com']);
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toMatchObject({
      ok: false,
      error: { name: 'PageChangedError', message: 'The page changed before the code could be filled: try again.' },
    });
    expect(pages.sent.map(({ request }) => request.type)).toEqual(['content.detectField']);
    expect(pages.clipboard).toEqual([]);
  });

  it('fills nothing while the vault is locked', async () => {
    const { send, add, deps } = await autofillWorld();
    pages.addTab(1, 'https://github.com/login');
    await add(totp, ['https://github.com']);
    await deps.vault.lockVault();
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toMatchObject({
      ok: false,
      error: { name: 'VaultLockedError' },
    });
    expect(pages.injected).toEqual([]);
  });

  it('says so, in one sentence, for a page that is no web page or that the extension may not reach', async () => {
    const { send, add } = await autofillWorld();
    await add(totp, ['https://github.com']);
    pages.addTab(1, 'chrome://settings/');
    expect(await send('autofill.candidates', {})).toEqual({ ok: true, value: { matching: [] } });
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toMatchObject({
      ok: false,
      error: { name: 'NoWebPageError', message: 'Codes can only be filled into web pages (http or https).' },
    });

    const store = pages.addTab(2, 'https://github.com/login');
    store.denied = true;
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toMatchObject({
      ok: false,
      error: { name: 'PageAccessError' },
    });
    expect(pages.sent).toEqual([]);
  });

  it('refuses every autofill request that does not come from an extension page', async () => {
    const { deps, add } = await autofillWorld();
    pages.addTab(1, 'https://github.com/login');
    await add(totp, ['https://github.com']);
    const route = createBackgroundRoute(deps, IDENTITY);
    const contentScript: MessageSender = { id: 'ext-id', url: 'https://github.com/login', tab: pages.tab(1) };
    for (const [type, body] of [
      ['autofill.fill', { accountId: 'id-1', confirmed: true }],
      ['autofill.candidates', {}],
      ['autofill.pending', {}],
      ['autofill.dismiss', {}],
    ] as const) {
      expect(await route({ type, body }, contentScript)).toMatchObject({ ok: false, error: { name: 'ForbiddenSenderError' } });
    }
    expect(pages.injected).toEqual([]);
  });
});
