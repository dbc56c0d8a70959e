// The popup's Fill, through the background's message router: which account, which page, when the
// user must say yes, and what reaches the page and the popup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  autofillWorld,
  fakePages,
  SECRET,
  TOTP_CODE,
  totpUri,
  type FakePages,
} from '../background/autofill-fake-page';

/** @see RFC 4226 Appendix D: counters 0 and 1. */
const HOTP_CODES = ['755224', '287082'];
const totp = totpUri('GitHub:alice');
const hotp = `otpauth://hotp/Bank:alice?secret=${SECRET}&counter=0`;

let pages: FakePages;

beforeEach(() => {
  fakeBrowser.reset();
  pages = fakePages();
  pages.install();
});

afterEach(() => pages.uninstall());

describe("the popup's Fill", () => {
  it('fills the current code into the page the account belongs to, and tells the popup only that it did', async () => {
    const { send, add, replies } = await autofillWorld();
    const page = pages.addTab(1, 'https://github.com/sessions/two-factor');
    await add(totp, ['https://github.com']);

    expect(await send('autofill.candidates', {})).toEqual({
      ok: true,
      value: { site: { origin: 'https://github.com', registrableDomain: 'github.com', insecure: false }, matching: ['id-1'] },
    });
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(page.filled).toEqual([TOTP_CODE]);
    expect(pages.injected).toEqual(['1/0 /content-script.js']);
    // Both requests went to the one document that was injected and checked, never to the whole tab.
    expect(pages.sent.map(({ frameId, documentId, request }) => [frameId, documentId, request.type])).toEqual([
      [0, page.documentId, 'content.detectField'],
      [0, page.documentId, 'content.fillField'],
    ]);
    expect(pages.sent[0]?.request).toEqual({ type: 'content.detectField', body: { waitMs: 1500 } });
    expect(JSON.stringify(replies)).not.toContain(TOTP_CODE);
  });

  it('notes the use on the account, for the popup\'s "recently used" order', async () => {
    const { send, add, deps, later } = await autofillWorld();
    pages.addTab(1, 'https://github.com/sessions/two-factor');
    const account = await add(totp, ['https://github.com']);
    expect(account.lastUsedAt).toBeUndefined();
    later(5_000);
    expect(await send('autofill.fill', { accountId: account.id, confirmed: false })).toEqual({ ok: true, value: { result: 'filled' } });
    const used = (await deps.vault.getAccount(account.id)).lastUsedAt;
    expect(used).toBeGreaterThan(0);
    expect(used).toBe(deps.now());
  });

  it('matches the whole registrable domain only for an account set to reach whole sites', async () => {
    const { send, add } = await autofillWorld();
    const page = pages.addTab(1, 'https://gist.github.com/login');
    await add(totp, ['https://github.com'], 'site');
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(page.filled).toEqual([TOTP_CODE]);
  });

  it('asks before filling another address of a site known by its exact address, and learns that address alone', async () => {
    const { send, add, deps } = await autofillWorld();
    // A user-content subdomain the public suffix list does not name: the same registrable domain.
    const page = pages.addTab(1, 'https://someone.pages.example.com/phish');
    await add(totp, ['https://example.com']);
    expect(await send('autofill.candidates', {})).toMatchObject({ ok: true, value: { matching: [] } });
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toMatchObject({
      ok: true,
      value: { result: 'needs-confirmation', confirmation: { site: { origin: 'https://someone.pages.example.com' }, reasons: ['new-site'] } },
    });
    expect(page.filled).toEqual([]);
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: true })).toEqual({ ok: true, value: { result: 'filled' } });
    const learnt = await deps.vault.getAccount('id-1');
    expect(learnt.origins).toEqual(['https://example.com', 'https://someone.pages.example.com']);
    // Still exact: the site's other addresses ask as before.
    expect(learnt.siteMatch).toBeUndefined();
    pages.navigate(1, 'https://other.pages.example.com/');
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toMatchObject({
      ok: true,
      value: { result: 'needs-confirmation', confirmation: { reasons: ['new-site'] } },
    });
  });

  it('asks before filling a site the account does not know, then remembers the site', async () => {
    const { send, add, deps } = await autofillWorld();
    const page = pages.addTab(1, 'https://github.com/sessions/two-factor');
    await add(totp, ['https://gitlab.com']);

    expect(await send('autofill.candidates', {})).toMatchObject({ ok: true, value: { matching: [] } });
    const asked = await send('autofill.fill', { accountId: 'id-1', confirmed: false });
    expect(asked).toEqual({
      ok: true,
      value: {
        result: 'needs-confirmation',
        confirmation: {
          site: { origin: 'https://github.com', registrableDomain: 'github.com', insecure: false },
          accountId: 'id-1',
          reasons: ['new-site'],
        },
      },
    });
    expect(page.filled).toEqual([]);
    expect((await deps.vault.getAccount('id-1')).origins).toEqual(['https://gitlab.com']);

    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: true })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(page.filled).toEqual([TOTP_CODE]);
    expect((await deps.vault.getAccount('id-1')).origins).toEqual(['https://gitlab.com', 'https://github.com']);
    // Learnt: the next fill there asks nothing.
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'filled' } });
  });

  it('takes a yes only for the page it was asked about', async () => {
    const { send, add, deps } = await autofillWorld();
    const page = pages.addTab(1, 'https://github.com/sessions/two-factor');
    await add(totp, ['https://gitlab.com']);

    // A yes that was never asked for is no yes.
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: true })).toMatchObject({
      ok: true,
      value: { result: 'needs-confirmation' },
    });
    expect(page.filled).toEqual([]);

    // Asked about github.com; the tab goes elsewhere before the user says yes.
    pages.navigate(1, 'https://github.com.evil.example/login');
    const reply = await send('autofill.fill', { accountId: 'id-1', confirmed: true });
    expect(reply).toMatchObject({
      ok: true,
      value: { result: 'needs-confirmation', confirmation: { site: { origin: 'https://github.com.evil.example' }, reasons: ['new-site'] } },
    });
    expect(pages.sent.filter(({ request }) => request.type === 'content.fillField')).toEqual([]);
    expect((await deps.vault.getAccount('id-1')).origins).toEqual(['https://gitlab.com']);
  });

  it('asks before filling a plain-http page, and does not record it as a new site', async () => {
    const { send, add, deps } = await autofillWorld();
    const page = pages.addTab(1, 'http://intranet.example/otp');
    await add(totp, ['http://intranet.example']);
    expect(await send('autofill.candidates', {})).toMatchObject({ ok: true, value: { site: { insecure: true }, matching: ['id-1'] } });
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toMatchObject({
      ok: true,
      value: { result: 'needs-confirmation', confirmation: { reasons: ['insecure'] } },
    });
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: true })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(page.filled).toEqual([TOTP_CODE]);
    expect((await deps.vault.getAccount('id-1')).origins).toEqual(['http://intranet.example']);
  });

  it('fills localhost over http without asking, on the same port only', async () => {
    const { send, add } = await autofillWorld();
    const page = pages.addTab(1, 'http://127.0.0.1:8787/2fa');
    await add(totp, ['http://127.0.0.1:8787']);
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(page.filled).toEqual([TOTP_CODE]);

    pages.navigate(1, 'http://127.0.0.1:9999/2fa');
    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toMatchObject({
      ok: true,
      value: { result: 'needs-confirmation', confirmation: { reasons: ['new-site'] } },
    });
  });

  it('moves an HOTP counter on for every code it fills', async () => {
    const { send, add, deps, replies } = await autofillWorld();
    const page = pages.addTab(1, 'https://bank.example/verify');
    await add(hotp, ['https://bank.example']);
    await send('autofill.fill', { accountId: 'id-1', confirmed: false });
    await send('autofill.fill', { accountId: 'id-1', confirmed: false });
    expect(page.filled).toEqual(HOTP_CODES);
    expect((await deps.vault.getAccount('id-1')).counter).toBe(2);
    for (const code of HOTP_CODES) expect(JSON.stringify(replies)).not.toContain(code);
  });
});
