// The strength of a new passphrase as its user sees it: judged by the estimator once they type,
// with words of advice in their language, and the estimator never in the popup's first paint.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pageFiles, withImports } from '../../scripts/bench/bundle-sizes';
import { EXTENSION_DIR, launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { openOptionsPage } from './support/options-page';

const LONG_PASSPHRASE = 'gurke tanzt leise im nebel';

/** The built chunk that holds the estimator (lib/ui/passphrase-strength/estimate-strength.ts). */
const ESTIMATOR_CHUNK = (() => {
  const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).filter((name) => name.startsWith('estimate-strength-'));
  expect(chunks).toHaveLength(1);
  return `chunks/${chunks[0]!}`;
})();

/** Every file the extension's pages ask for from now on, by path ("/chunks/…"). */
function recordRequests(session: ExtensionSession): string[] {
  const requested: string[] = [];
  session.context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return requested;
}

/** The sentence read out with a field (its aria-describedby). */
function description(field: Locator): Promise<string> {
  return field.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
}

/** Types as a user does, key by key, into an emptied field. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.fill('');
  await field.pressSequentially(text);
}

describe('the built extension', () => {
  it('loads the estimator neither with the popup nor in the background', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      action: { default_popup: string };
      background: { service_worker: string };
    };
    const popup = pageFiles(EXTENSION_DIR, manifest.action.default_popup);
    const background = withImports(EXTENSION_DIR, manifest.background.service_worker);
    expect(popup.size).toBeGreaterThan(1);
    for (const files of [popup, background]) {
      expect([...files]).not.toContain(ESTIMATOR_CHUNK);
      for (const file of files) expect(readFileSync(join(EXTENSION_DIR, file), 'utf8')).not.toContain('similarToCommon');
    }
    expect(readFileSync(join(EXTENSION_DIR, ESTIMATOR_CHUNK), 'utf8')).toContain('similarToCommon');
  });
});

describe('strength of a new passphrase, in English', () => {
  let session: ExtensionSession;
  let popup: Page;
  let requested: string[];

  beforeAll(async () => {
    session = await launchWithExtension();
    requested = recordRequests(session);
    popup = await session.openPopup();
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('on the popup’s first run: loaded once the user types, weak with advice, then strong', async () => {
    const field = popup.getByLabel('Vault passphrase');
    const hint = popup.locator('#strength');
    const create = popup.getByRole('button', { name: 'Create vault' });
    await field.waitFor();
    expect(await description(field)).toBe('Use a long passphrase: several words work well.');
    expect(requested).toContain('/popup.html');
    expect(requested).not.toContain(`/${ESTIMATOR_CHUNK}`);

    // Focused on arrival: the user just types.
    await popup.keyboard.type('Summer');
    expect(await hint.textContent()).toBe('Use at least 8 characters.');
    expect(await create.isDisabled()).toBe(true);
    await popup.keyboard.type('2024!');
    await expect.poll(() => hint.getAttribute('class')).toBe('strength strength-weak');
    expect(await hint.textContent()).toBe(
      'Weak: easy to guess. This is close to a commonly used password. Add a word or two, less common ones. ' +
        'A capital first letter adds little: put capitals elsewhere too.',
    );
    expect(requested).toContain(`/${ESTIMATOR_CHUNK}`);
    // Advice, not a gate: long enough is enough to go on.
    expect(await create.isDisabled()).toBe(false);

    await typeInto(field, LONG_PASSPHRASE);
    await expect.poll(() => hint.textContent()).toBe('Strong.');
    expect(await hint.getAttribute('class')).toBe('strength strength-strong');

    await popup.getByLabel('Repeat the passphrase').fill(LONG_PASSPHRASE);
    await create.click();
    await popup.getByRole('heading', { name: 'Codes' }).waitFor();
  });

  it('on the management page’s change of passphrase: weak with advice, then strong', async () => {
    const page = await openOptionsPage(session, 'settings');
    const field = page.getByLabel('New passphrase', { exact: true });
    await typeInto(field, 'Summer2024!');
    await expect.poll(() => description(field)).toMatch(/^Weak: easy to guess\. This is close to a commonly used password\./u);
    await typeInto(field, LONG_PASSPHRASE);
    await expect.poll(() => description(field)).toBe('Strong.');
    await page.close();
  });

  it('says only that the length rule is met when the estimator cannot be loaded, never strong', async () => {
    const asked = () => requested.filter((path) => path === `/${ESTIMATOR_CHUNK}`).length;
    const askedBefore = asked();
    const page = await session.context.newPage();
    await page.route(`**/${ESTIMATOR_CHUNK}`, (route) => route.abort());
    await page.goto(`chrome-extension://${session.extensionId}/options.html#settings`);
    const field = page.getByLabel('New passphrase', { exact: true });
    await typeInto(field, 'abc');
    expect(await description(field)).toBe('Use at least 8 characters.');
    const failed = page.waitForEvent('requestfailed', (request) => request.url().endsWith(ESTIMATOR_CHUNK));
    await typeInto(field, LONG_PASSPHRASE);
    await failed;
    expect(asked()).toBeGreaterThan(askedBefore);
    expect(await description(field)).toBe('Long enough: at least 8 characters.');
    await page.close();
  });
});

describe('strength of a new passphrase, in a German browser', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ locale: 'de' });
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('gives its level and advice in German', async () => {
    const popup = await session.openPopup();
    const field = popup.getByLabel('Tresor-Passphrase');
    await typeInto(field, 'Summer2024!');
    await expect.poll(() => description(field)).toBe(
      'Schwach: leicht zu erraten. Dies ähnelt einem häufig verwendeten Passwort. ' +
        'Fügen Sie ein oder zwei weniger gebräuchliche Wörter hinzu. ' +
        'Ein großer Anfangsbuchstabe hilft wenig: Schreiben Sie auch andere Buchstaben groß.',
    );
  });
});
