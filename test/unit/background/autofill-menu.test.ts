// The context menu on a field, and a fill that waits for the popup: the frame that was clicked,
// frames of another site, expiry, dismissal, and a tab that moved on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PENDING_AUTOFILL_MS } from '../../../lib/autofill/worker/autofill-pending';
import { handleFillMenuClick } from '../../../lib/autofill/worker/autofill-gestures';
import { generateCode } from '../../../lib/otp';
import { fakePages, gestureWorld, START, TOTP_CODE, type FakePages } from './autofill-fake-page';

const GITHUB = { origin: 'https://github.com', registrableDomain: 'github.com', insecure: false };

let pages: FakePages;

beforeEach(() => {
  fakeBrowser.reset();
  pages = fakePages();
  pages.install();
});

afterEach(() => pages.uninstall());

describe('the context menu', () => {
  it('fills the field of the frame that was clicked, when it is of the tab’s site', async () => {
    const { add, menu } = await gestureWorld(pages);
    const top = pages.addTab(1, 'https://github.com/login');
    const frame = pages.addFrame(1, 7, 'https://auth.github.com/otp');
    await add('GitHub:alice', ['https://github.com'], 'site');
    await menu(7, frame.url);
    expect(frame.filled).toEqual([TOTP_CODE]);
    expect(top.filled).toEqual([]);
    expect(pages.sent.every(({ frameId, documentId }) => frameId === 7 && documentId === frame.documentId)).toBe(true);
  });

  it('asks before filling a frame of another site, even for a matching tab, then fills that frame', async () => {
    const { add, menu, send } = await gestureWorld(pages);
    const top = pages.addTab(1, 'https://github.com/login');
    const frame = pages.addFrame(1, 3, 'https://widgets.example.net/code');
    await add('GitHub:alice', ['https://github.com']);
    await menu(3, frame.url);
    expect(frame.filled).toEqual([]);
    expect(pages.openPopup).toHaveBeenCalledTimes(1);
    const confirmation = { site: GITHUB, accountId: 'id-1', reasons: ['cross-origin-frame'], frameOrigin: 'https://widgets.example.net' };
    expect(await send('autofill.pending', {})).toEqual({ ok: true, value: { site: GITHUB, accountIds: ['id-1'], confirmation } });

    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: true })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(frame.filled).toEqual([TOTP_CODE]);
    expect(top.filled).toEqual([]);
  });

  it('reports a frame it may not enter', async () => {
    const { add, menu } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    pages.addFrame(1, 3, 'https://auth.github.com/otp', { denied: true });
    await add('GitHub:alice', ['https://github.com']);
    await menu(3, 'https://auth.github.com/otp');
    expect(pages.titles).toEqual([{ tabId: 1, title: 'The extension may not reach the frame that holds this field.' }]);
  });

  it('ignores other menu items', async () => {
    const { deps } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    await handleFillMenuClick(deps, { menuItemId: 'other', editable: true, frameId: 0 } as never, pages.tab(1));
    expect(pages.injected).toEqual([]);
  });
});

describe('a fill waiting for the popup', () => {
  it('expires after two minutes; the popup then fills the active tab as it is', async () => {
    const { add, menu, send, later, deps } = await gestureWorld(pages);
    const top = pages.addTab(1, 'https://github.com/login');
    const frame = pages.addFrame(1, 3, 'https://widgets.example.net/code');
    await add('GitHub:alice', ['https://github.com']);
    await menu(3, frame.url);
    later(PENDING_AUTOFILL_MS);
    expect(await send('autofill.pending', {})).toEqual({ ok: true, value: null });
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: true })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(frame.filled).toEqual([]);
    expect(top.filled).toEqual([await generateCode(await deps.vault.getAccount('id-1'), START + PENDING_AUTOFILL_MS)]);
  });

  it('is dropped by the popup’s dismiss', async () => {
    const { add, command, send } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    await add('GitHub:alice', ['https://github.com']);
    await add('GitHub:work', ['https://github.com']);
    await command();
    expect(await send('autofill.dismiss', {})).toEqual({ ok: true, value: {} });
    expect(await send('autofill.pending', {})).toEqual({ ok: true, value: null });
  });

  it('does not follow its tab to another page', async () => {
    const { add, menu, send } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    pages.addFrame(1, 3, 'https://widgets.example.net/code');
    await add('GitHub:alice', ['https://github.com']);
    await menu(3, 'https://widgets.example.net/code');
    pages.navigate(1, 'https://evil.example/');
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: true })).toMatchObject({
      ok: true,
      value: { result: 'needs-confirmation', confirmation: { site: { origin: 'https://evil.example' }, reasons: ['new-site'] } },
    });
  });
});
