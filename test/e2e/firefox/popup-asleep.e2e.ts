// Firefox, the popup opened while the background is suspended (Firefox suspends an idle one; the
// profile shortens the wait to a second). Firefox runs no test script in the extension's pages
// before their own, so the popup's messages cannot be held back here as in Chromium
// (popup-asleep.e2e.ts there): this file checks what Firefox's background keeps for the popup and
// when, and that the popup opens right after a suspension; `npm run bench` times it against a page
// that asks nothing.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { encodeBase32 } from '../../../lib/otp';
import { filesContaining } from '../support/profile-scan';
import { openExtensionPage, openPopup } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byRole, byText } from '../support/firefox/page-elements';
import { expectCodeMatchesOathtool } from '../support/firefox/popup-steps';
import { waitUntil } from '../support/firefox/wait';

const PASSPHRASE = 'correct horse battery staple';
const SECRET = randomBytes(20);
const SECRET_BASE32 = encodeBase32(SECRET);
const ACCOUNT = 'Sleepy Corp (alice@example.com)';

type Api = {
  runtime: {
    sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
    getContexts(filter: unknown): Promise<unknown[]>;
  };
};

describe('Firefox popup opened while the background is suspended', () => {
  let session: FirefoxSession;
  /** A page of the extension that asks the background nothing of its own. */
  let driver: Page;

  const send = (type: string, body: unknown = {}) =>
    driver.evaluate(
      async (type, body) => {
        const reply = await (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type, body });
        if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error?.message ?? 'no reply'}`);
        return reply.value;
      },
      type,
      body,
    );
  const suspended = () =>
    waitUntil(
      'the background to be suspended',
      () => driver.evaluate(async () => (await (globalThis as unknown as { browser: Api }).browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length),
      (running) => running === 0,
      15_000,
    );

  /** The first screen the background keeps for the popup, as the popup's first script reads it. */
  const kept = () =>
    driver.evaluate(async () => {
      const { session } = (globalThis as unknown as { browser: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).browser.storage;
      return (await session.get('openingView')).openingView as { accounts: { label: string }[]; codes: { codes: string[] }[] } | undefined;
    });

  beforeAll(async () => {
    session = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': 1_000 } });
    driver = await openExtensionPage(session, 'privacy-policy.html');
    await send('vault.create', { passphrase: PASSPHRASE });
    await send('accounts.addUri', { uri: `otpauth://totp/Sleepy%20Corp:alice%40example.com?secret=${SECRET_BASE32}&issuer=Sleepy%20Corp` });
  });

  afterAll(() => session?.dispose());

  it('keeps the first screen for the popup, with codes and no seed, and opens with oathtool’s code after a suspension', async () => {
    const view = await waitUntil('the first screen to be kept', kept, (found) => found !== undefined);
    expect(view!.accounts.map((a) => a.label)).toEqual(['alice@example.com']);
    expect(view!.codes[0]!.codes.length).toBeGreaterThan(30);
    expect(JSON.stringify(view)).not.toContain(SECRET_BASE32);
    expect(JSON.stringify(view)).not.toContain('secret');
    await suspended();
    const popup = await openPopup(session);
    await expectCodeMatchesOathtool(popup, ACCOUNT, SECRET_BASE32);
    // The background's answer confirms the screen painted first, which stays as it was.
    const [paintedRow] = await byRole(popup, 'listitem', ACCOUNT).all();
    await popup.evaluate(async () => {
      const { runtime } = (globalThis as unknown as { browser: Api }).browser;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      await runtime.sendMessage({ type: 'vault.status', body: {} });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    });
    expect(await paintedRow!.evaluate((row) => row.isConnected)).toBe(true);
    await popup.close();
  });

  it('drops the kept screen before a rename is done, and keeps the new name after it', async () => {
    const [account] = (await send('accounts.list')) as { id: string }[];
    await send('accounts.update', { id: account!.id, label: 'alice@renamed.example' });
    expect(await kept()).toBeUndefined();
    const view = await waitUntil('the first screen to be kept again', kept, (found) => found !== undefined);
    expect(view!.accounts.map((a) => a.label)).toEqual(['alice@renamed.example']);
    await suspended();
    const popup = await openPopup(session);
    await expectCodeMatchesOathtool(popup, 'Sleepy Corp (alice@renamed.example)', SECRET_BASE32);
    expect(await byText(popup, 'alice@example.com').count()).toBe(0);
    await popup.close();
  });

  it('keeps nothing once locked, and a popup opened after a suspension asks for the passphrase', async () => {
    await send('vault.lock');
    expect(await kept()).toBeUndefined();
    await suspended();
    expect(await kept()).toBeUndefined();
    const popup = await openPopup(session);
    await byRole(popup, 'heading', 'Unlock your vault').waitFor();
    expect(await byRole(popup, 'status', 'Code for Sleepy Corp (alice@renamed.example)').count()).toBe(0);
    await popup.close();
  });

  it('keeps the codes in memory only: the profile on disk holds neither the seed nor a kept code', async () => {
    await send('vault.unlock', { passphrase: PASSPHRASE });
    const view = await waitUntil('the first screen to be kept', kept, (found) => found !== undefined);
    const codes = JSON.stringify(view!.codes[0]!.codes.slice(0, 3)).slice(1, -1);
    await session.close();
    const needles = [SECRET_BASE32, SECRET_BASE32.toLowerCase(), SECRET.toString('base64'), SECRET.toString('hex'), codes]
      .map((text) => Buffer.from(text))
      .concat(SECRET);
    expect(filesContaining(session.profileDir, needles)).toEqual([]);
    expect(filesContaining(session.profileDir, [Buffer.from(session.addonId)])).not.toEqual([]);
  });
});
