// Encrypted exports of other authenticators, imported through the management page: the page asks
// for the password, a wrong one writes nothing, and the popup then shows oathtool's codes. One
// browser per app, as the fixtures of every app hold accounts of the same names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ExtensionSession } from './support/browser';
import { expectCodeMatchesOathtool } from './support/codes';
import { dropFiles } from './support/drop-files';
import { FIXTURE_ACCOUNTS, FIXTURE_PASSWORD, fixtureSecretBase32 } from '../fixtures/import/formats/fixture-accounts';
import { endImportSession, startOnImportPage } from './support/import-page';

const FIXTURES = join(import.meta.dirname, '../fixtures/import/formats/files');

interface EncryptedExport {
  app: string;
  file: string;
  /** The name fixture-accounts.ts gives the file's secrets. */
  secrets: string;
  /** How the file reaches the page. */
  via: 'picker' | 'drop';
  /** New rows, and skipped ones (Steam everywhere; Yandex and mOTP too in Aegis). */
  fresh: number;
  skipped: number;
}

const EXPORTS: EncryptedExport[] = [
  { app: 'Aegis', file: 'aegis-encrypted.json', secrets: 'aegis', via: 'picker', fresh: 4, skipped: 3 },
  { app: '2FAS', file: '2fas-encrypted-schema4.2fas', secrets: '2fas-4', via: 'picker', fresh: 4, skipped: 1 },
  { app: 'andOTP', file: 'otp_accounts.json.aes', secrets: 'andotp', via: 'picker', fresh: 4, skipped: 1 },
  { app: 'Authenticator extension', file: 'authenticator-v3.json', secrets: 'extension-v3', via: 'picker', fresh: 6, skipped: 1 },
  { app: 'Proton Authenticator', file: 'proton-authenticator-encrypted.json', secrets: 'proton', via: 'drop', fresh: 3, skipped: 1 },
];

/**
 * Watches the scripts a page runs, through the browser's debugger protocol (it reports the ones
 * already run when it starts): the chunk names, for what a page loads when.
 */
async function watchChunks(page: Page): Promise<() => string[]> {
  const scripts = new Set<string>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.includes('/chunks/')) scripts.add(url.replace(/^.*\/chunks\//u, ''));
  });
  await cdp.send('Debugger.enable');
  return () => [...scripts];
}

/** The key-derivation library's chunks (@noble/hashes: scrypt, argon2, legacy for MD5) and the formats'. */
const IMPORT_LIBRARY = /^(?:scrypt|argon2|legacy|formats)-/u;

describe.each(EXPORTS)('management page: an encrypted $app export', ({ app, file, secrets, via, fresh, skipped }) => {
  let session: ExtensionSession;
  let page: Page;
  let loadedChunks: () => string[];

  beforeAll(async () => {
    ({ session, page } = await startOnImportPage('encrypted import test passphrase'));
    loadedChunks = await watchChunks(page);
    // The import section itself is loaded: the watch sees chunks at all.
    expect(loadedChunks().some((chunk) => chunk.startsWith('import-section-'))).toBe(true);
  });

  afterAll(() => endImportSession(session));

  const preview = () => page.getByRole('table', { name: 'Preview' });
  const password = () => page.getByLabel(`Password of ${file}`);

  it(`asks for the password when the file is ${via === 'drop' ? 'dropped on the form' : 'chosen'}`, async () => {
    // The page opened without the export readers and their key derivations: they load with a file.
    expect(loadedChunks().filter((chunk) => IMPORT_LIBRARY.test(chunk))).toEqual([]);
    const bytes = readFileSync(join(FIXTURES, file));
    if (via === 'drop') {
      // Read at once: a dropped file needs no Preview to ask for its password.
      const zone = page.getByRole('group', { name: 'Import: drop files here' });
      await dropFiles(page, zone, [{ name: file, type: '', base64: bytes.toString('base64') }]);
    } else {
      await page.getByLabel('Choose export or text files').setInputFiles({ name: file, mimeType: 'application/octet-stream', buffer: bytes });
      await page.getByRole('button', { name: 'Preview' }).click();
    }
    await password().waitFor();
    await expect.poll(() => page.getByText(`${file} is an encrypted ${app} export: enter its password to read it.`).count()).toBe(1);
    // The field that appeared is where the user types next.
    expect(await password().evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await preview().count()).toBe(0);
  });

  it('says a wrong password does not open the file, and shows no preview', async () => {
    await password().fill('not the password');
    await page.getByRole('button', { name: 'Decrypt and preview' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toBe(
      'This password does not open the file: nothing was imported.',
    );
    expect(await preview().count()).toBe(0);
    expect(await password().inputValue()).toBe('');
  });

  it('previews the accounts with the right password, Steam skipped, and imports them', async () => {
    await password().fill(FIXTURE_PASSWORD);
    await page.getByRole('button', { name: 'Decrypt and preview' }).click();
    await preview().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${fresh} new, ${skipped} skipped. Nothing has been added yet.`);
    const steam = preview().getByRole('row').filter({ hasText: 'gamer' });
    expect(await steam.getByRole('cell').allTextContents()).toEqual([
      'Skipped', 'Steam', 'gamer', 'Steam Guard codes are not supported, so this account is skipped.',
    ]);
    // The password went with the preview: it is not kept on the page.
    expect(await password().count()).toBe(0);

    // Only the derivation this format needs was loaded: scrypt for Aegis, Argon2 for Proton and the extension.
    const derivations = loadedChunks().filter((chunk) => /^(?:scrypt|argon2)-/u.test(chunk)).map((chunk) => chunk.split('-')[0]);
    expect(derivations).toEqual(app === 'Aegis' ? ['scrypt'] : ['Proton Authenticator', 'Authenticator extension'].includes(app) ? ['argon2'] : []);

    await page.getByRole('button', { name: `Import ${fresh} accounts` }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Imported ${fresh} accounts (${skipped} skipped).`);
  });

  it("shows oathtool's codes in the popup for the imported time-based accounts", async () => {
    const popup = await session.openPopup();
    await popup.getByRole('listitem', { name: 'Forge (dev@example.org)' }).waitFor();
    expect(await popup.getByRole('listitem').count()).toBe(fresh);
    for (const key of ['forge', 'cloud', 'bank'] as const) {
      const { issuer, name, algorithm, digits, period } = FIXTURE_ACCOUNTS[key];
      await expectCodeMatchesOathtool(popup, `${issuer} (${name})`, fixtureSecretBase32(secrets, key), { algorithm, digits, period });
    }
    await popup.close();
  });
});

describe('management page: two encrypted exports dropped at once', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await startOnImportPage('two encrypted exports test passphrase'));
  });

  afterAll(() => endImportSession(session));

  const dropped = (file: string) => ({ name: file, type: '', base64: readFileSync(join(FIXTURES, file)).toString('base64') });
  const passwordOf = (file: string) => page.getByLabel(`Password of ${file}`);
  const focused = (file: string) => passwordOf(file).evaluate((field) => field === document.activeElement);

  it('asks for each password in turn, a wrong one for the second file keeping the first open, then previews both', async () => {
    const zone = page.getByRole('group', { name: 'Import: drop files here' });
    await dropFiles(page, zone, [dropped('aegis-encrypted.json'), dropped('2fas-encrypted-schema4.2fas')]);
    await passwordOf('aegis-encrypted.json').waitFor();
    expect(await focused('aegis-encrypted.json')).toBe(true);

    await passwordOf('aegis-encrypted.json').fill(FIXTURE_PASSWORD);
    await page.getByRole('button', { name: 'Decrypt and preview' }).click();
    // The first file is open: the page asks for the second one's password, in a field of its own.
    await passwordOf('2fas-encrypted-schema4.2fas').waitFor({ timeout: 30_000 });
    expect(await focused('2fas-encrypted-schema4.2fas')).toBe(true);

    await passwordOf('2fas-encrypted-schema4.2fas').fill('not the password');
    await page.getByRole('button', { name: 'Decrypt and preview' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toBe(
      'This password does not open the file: nothing was imported.',
    );
    expect(await passwordOf('2fas-encrypted-schema4.2fas').inputValue()).toBe('');

    await passwordOf('2fas-encrypted-schema4.2fas').fill(FIXTURE_PASSWORD);
    await page.getByRole('button', { name: 'Decrypt and preview' }).click();
    await page.getByRole('table', { name: 'Preview' }).waitFor({ timeout: 30_000 });
    // Aegis: 4 new, Steam, Yandex and mOTP skipped; 2FAS: 4 new, Steam skipped. Secrets differ per app.
    await expect.poll(() => page.getByRole('status').textContent()).toBe('8 new, 4 skipped. Nothing has been added yet.');
    expect(await page.getByLabel(/^Password of /u).count()).toBe(0);
  });
});
