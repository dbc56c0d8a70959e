// The extension in a German browser: every main screen of the popup and of the management page
// reads in German. A sentence is "still English" when the page shows an English message whose
// German differs; the messages are those of the files themselves, so the check follows them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addAccounts, send } from '../../scripts/bench/extension-driver';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { openOptionsPage } from './support/options-page';

type Messages = Record<string, { message: string }>;
const read = (language: string) =>
  JSON.parse(readFileSync(resolve(`public/_locales/${language}/messages.json`), 'utf8')) as Messages;

const english = read('en');
const german = read('de');
const PASSPHRASE = 'ein langer Satz als Passphrase';

/** The English text of every message that German writes differently, split where values go in. */
const ENGLISH_ONLY: string[] = Object.entries(english)
  .filter(([key, { message }]) => german[key]?.message !== message)
  .flatMap(([, { message }]) => message.split(/\{\w+\}/u))
  .map((part) => part.trim())
  // Two words at least: a lone word ("Name", "Server") may be German as well.
  .filter((part) => /\p{L}+\s+\p{L}+/u.test(part));

/** Words every English sentence is full of and no German one uses. */
const STRAY_ENGLISH = /\b(the|your|this|with|from|please|there)\b/iu;

async function englishOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, document.title, ...labels].join('\n');
  });
  // English no message holds (a sentence written outside the message files) shows by its small words.
  const stray = text.split('\n').filter((line) => STRAY_ENGLISH.test(line));
  return [...ENGLISH_ONLY.filter((part) => text.includes(part)), ...stray];
}

describe('in a German browser', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ locale: 'de' });
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session);
  });

  it('the English this check looks for is there to find', () => {
    expect(ENGLISH_ONLY.length).toBeGreaterThan(100);
  });

  it('the popup reads in German: first run, codes, locked, and its server tab', async () => {
    const popup = await session.openPopup();
    await popup.locator('form').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await englishOn(popup)).toEqual([]);

    await send(popup, 'vault.create', { passphrase: PASSPHRASE });
    await addAccounts(popup, ['otpauth://totp/Beispiel:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Beispiel']);
    await popup.reload();
    await popup.getByRole('list').first().waitFor();
    expect(await englishOn(popup)).toEqual([]);

    const tabs = popup.getByRole('tab');
    for (let index = 0; index < (await tabs.count()); index++) {
      await tabs.nth(index).click();
      // The tab's screen loads on first use: wait for its heading.
      await popup.getByRole('tabpanel').getByRole('heading').first().waitFor();
      expect(await englishOn(popup), `tab ${index + 1}`).toEqual([]);
    }

    await send(popup, 'vault.lock');
    await popup.reload();
    await popup.locator('input[type="password"]').first().waitFor();
    expect(await englishOn(popup)).toEqual([]);
    await send(popup, 'vault.unlock', { passphrase: PASSPHRASE });
    await popup.close();
  });

  it.each(['accounts', 'devices', 'mfa-keys', 'other-users', 'import', 'backup', 'settings'])(
    'the management page’s %s section reads in German',
    async (section) => {
      const page = await openOptionsPage(session, section);
      await page.getByRole('main').getByRole('heading').first().waitFor();
      // Sections read the server or the vault first: let them settle on what they show.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(await englishOn(page)).toEqual([]);
      await page.close();
    },
  );
});
