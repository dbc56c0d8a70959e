// Frames of the tab's own site, searched by the keyboard command and the popup, and frames whose
// page changes between the check and the fill: a parent page that sends its frame to another site
// meanwhile gets nothing, in a browser that names documents and in one that does not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakePages, gestureWorld, TOTP_CODE, type FakePages } from './autofill-fake-page';

let pages: FakePages;

afterEach(() => pages.uninstall());

const fills = () => pages.sent.filter(({ request }) => request.type === 'content.fillField');

describe('same-site frames, from the keyboard command and the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    pages = fakePages();
    pages.install();
  });

  it('fills the field of a srcdoc frame when the tab’s page has none (keyboard command)', async () => {
    const { add, command } = await gestureWorld(pages);
    const top = pages.addTab(1, 'https://github.com/login', { hasField: false });
    const frame = pages.addFrame(1, 4, 'about:srcdoc', { origin: 'https://github.com' });
    await add('GitHub:alice', ['https://github.com']);
    await command();
    expect(frame.filled).toEqual([TOTP_CODE]);
    expect(top.filled).toEqual([]);
    expect(pages.clipboard).toEqual([]);
    expect(fills().map(({ frameId, documentId }) => [frameId, documentId])).toEqual([[4, frame.documentId]]);
  });

  it("fills the field of a frame at the tab's origin from the popup's Fill", async () => {
    const { add, send } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login', { hasField: false });
    const frame = pages.addFrame(1, 2, 'https://github.com/sessions/otp-frame');
    await add('GitHub:alice', ['https://github.com']);
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(frame.filled).toEqual([TOTP_CODE]);
  });

  it('fills the tab’s own field and leaves its frames alone when the page has one', async () => {
    const { add, command } = await gestureWorld(pages);
    const top = pages.addTab(1, 'https://github.com/login');
    const frame = pages.addFrame(1, 2, 'https://github.com/frame', { hasField: false });
    await add('GitHub:alice', ['https://github.com']);
    await command();
    expect(top.filled).toEqual([TOTP_CODE]);
    expect(frame.filled).toEqual([]);
  });

  it('searches another address of the site only for an account that reaches it', async () => {
    const { add, command } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login', { hasField: false });
    const frame = pages.addFrame(1, 2, 'https://auth.github.com/otp');
    const exact = await add('GitHub:alice', ['https://github.com']);
    await command();
    expect(frame.filled).toEqual([]);
    expect(pages.clipboard).toEqual([TOTP_CODE]);
    // Nothing of the script went into that frame either.
    expect(pages.injected).toEqual(['1/0 /content-script.js']);

    await pages.uninstall();
    fakeBrowser.reset();
    pages = fakePages();
    pages.install();
    const world = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login', { hasField: false });
    const reached = pages.addFrame(1, 2, 'https://auth.github.com/otp');
    await world.add('GitHub:alice', ['https://github.com'], 'site');
    await world.command();
    expect(reached.filled).toEqual([TOTP_CODE]);
    expect(exact.siteMatch).toBeUndefined();
  });

  it('never searches a frame of another site, nor one the extension may not enter', async () => {
    const { add, command } = await gestureWorld(pages);
    const top = pages.addTab(1, 'https://github.com/login', { hasField: false });
    const other = pages.addFrame(1, 2, 'https://widgets.example.net/code');
    const closed = pages.addFrame(1, 3, 'https://github.com/closed', { denied: true });
    await add('GitHub:alice', ['https://github.com', 'https://widgets.example.net']);
    await command();
    expect(other.filled).toEqual([]);
    expect(closed.filled).toEqual([]);
    expect(top.filled).toEqual([]);
    expect(pages.clipboard).toEqual([TOTP_CODE]);
    expect(pages.sent.every(({ frameId }) => frameId === 0)).toBe(true);
  });
});

// [browser, fake pages]: one that names documents (Chrome), one that does not (older Firefox).
const browsers: [string, boolean][] = [
  ['a browser that names documents', true],
  ['a browser without document ids', false],
];

describe.each(browsers)('a frame sent to another site between the check and the fill, in %s', (_name, documentIds) => {
  beforeEach(() => {
    fakeBrowser.reset();
    pages = fakePages({ documentIds });
    pages.install();
  });

  it('gets nothing from a menu fill: the click reported the frame of the tab’s site', async () => {
    const { add, menu } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    pages.addFrame(1, 3, 'https://auth.github.com/otp');
    await add('GitHub:alice', ['https://github.com'], 'site');
    // The parent page sends its frame elsewhere after the click, before the script goes in.
    const evil = pages.navigateFrame(1, 3, 'https://evil.example/otp');
    await menu(3, 'https://auth.github.com/otp');
    expect(evil.filled).toEqual([]);
    expect(fills()).toEqual([]);
    expect(pages.clipboard).toEqual([]);
    expect(pages.titles).toEqual([{ tabId: 1, title: 'The page changed before the code could be filled: try again.' }]);
  });

  it('gets nothing when a menu fill waiting for a yes resumes', async () => {
    const { add, menu, send } = await gestureWorld(pages);
    const top = pages.addTab(1, 'https://github.com/login');
    pages.addFrame(1, 3, 'https://widgets.example.net/code');
    await add('GitHub:alice', ['https://github.com']);
    await menu(3, 'https://widgets.example.net/code');
    expect(await send('autofill.pending', {})).toMatchObject({ ok: true, value: { confirmation: { reasons: ['cross-origin-frame'] } } });
    const evil = pages.navigateFrame(1, 3, 'https://evil.example/otp');
    // The yes was about widgets.example.net: the fill goes to the tab's page as it is now instead.
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: true })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(evil.filled).toEqual([]);
    expect(top.filled).toEqual([TOTP_CODE]);
  });

  it('gets nothing from a keyboard fill that waited for the popup to pick the account', async () => {
    const { add, command, send } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login', { hasField: false });
    pages.addFrame(1, 5, 'about:srcdoc', { origin: 'https://github.com' });
    await add('GitHub:alice', ['https://github.com']);
    await add('GitHub:work', ['https://github.com']);
    await command();
    expect(await send('autofill.pending', {})).toMatchObject({ ok: true, value: { accountIds: ['id-1', 'id-2'] } });
    const evil = pages.navigateFrame(1, 5, 'https://evil.example/otp');
    expect(await send('autofill.fill', { accountId: 'id-2', confirmed: false })).toEqual({ ok: true, value: { result: 'copied' } });
    expect(evil.filled).toEqual([]);
    expect(fills()).toEqual([]);
    // Its new document is not even asked about a field.
    expect(pages.sent.filter(({ frameId }) => frameId === 5)).toEqual([]);
  });

  it('gets nothing when the frame that found the field answers from another site (the last check before the code)', async () => {
    const { add, command } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    pages.addFrame(1, 0, 'https://github.com/login', { frameNavigatesTo: 'https://evil.example/otp' });
    await add('GitHub:alice', ['https://github.com']);
    await command();
    expect(fills()).toEqual([]);
    expect(pages.clipboard).toEqual([]);
    expect(pages.titles).toEqual([{ tabId: 1, title: 'The page changed before the code could be filled: try again.' }]);
  });
});
