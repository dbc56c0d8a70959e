// Firefox, management page: encrypted exports of other authenticators, one chosen with the file
// picker (Aegis: scrypt) and one dropped on the form (Proton Authenticator: Argon2id). The page
// asks for the password, a wrong one writes nothing, and the popup then shows oathtool's codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIXTURE_ACCOUNTS, FIXTURE_PASSWORD, fixtureSecretBase32 } from '../../fixtures/import/formats/fixture-accounts';
import { dropFiles } from '../support/firefox/drop-files';
import { openOptionsPage, openPopup } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byLabel, byRole, byText } from '../support/firefox/page-elements';
import { createVault, expectCodeMatchesOathtool } from '../support/firefox/popup-steps';
import { waitUntil } from '../support/firefox/wait';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import/formats/files');
/** Key derivation in a page on a loaded 2-core machine: room, not a performance claim. */
const DERIVATION_TIMEOUT = 30_000;

const EXPORTS = [
  { app: 'Aegis', file: 'aegis-encrypted.json', secrets: 'aegis', via: 'picker', fresh: 4, skipped: 3 },
  { app: 'Proton Authenticator', file: 'proton-authenticator-encrypted.json', secrets: 'proton', via: 'drop', fresh: 3, skipped: 1 },
] as const;

describe.each(EXPORTS)('Firefox management page: an encrypted $app export', ({ app, file, secrets, via, fresh, skipped }) => {
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchFirefoxWithExtension();
    const popup = await openPopup(session);
    await createVault(popup, 'encrypted import test passphrase');
    await popup.close();
    page = await openOptionsPage(session, 'import');
    await byRole(page, 'heading', 'Import').waitFor();
  });

  afterAll(() => session?.dispose());

  const password = () => byLabel(page, `Password of ${file}`);
  const status = () => byRole(page, 'status').textContent();

  it(`asks for the password of a file ${via === 'drop' ? 'dropped on the form' : 'chosen with the picker'}`, async () => {
    if (via === 'drop') {
      await dropFiles(byRole(page, 'group', 'Import: drop files here'), [{ name: file, bytes: readFileSync(join(FIXTURES, file)) }]);
    } else {
      await byLabel(page, 'Choose export or text files').setFiles([join(FIXTURES, file)]);
      await byRole(page, 'button', 'Preview').click();
    }
    await password().waitFor();
    await byText(page, `${file} is an encrypted ${app} export: enter its password to read it.`).waitFor();
  });

  it('a wrong password opens nothing; the right one previews, Steam skipped, and imports', async () => {
    await password().fill('not the password');
    await byRole(page, 'button', 'Decrypt and preview').click();
    await byText(page, 'This password does not open the file: nothing was imported.').waitFor(DERIVATION_TIMEOUT);
    expect(await byRole(page, 'table', 'Preview').count()).toBe(0);

    await password().fill(FIXTURE_PASSWORD);
    await byRole(page, 'button', 'Decrypt and preview').click();
    await byRole(page, 'table', 'Preview').waitFor(DERIVATION_TIMEOUT);
    await waitUntil('the preview', status, (text) => text === `${fresh} new, ${skipped} skipped. Nothing has been added yet.`);
    await byRole(page, 'button', `Import ${fresh} accounts`).click();
    await waitUntil('the import', status, (text) => text === `Imported ${fresh} accounts (${skipped} skipped).`);
  });

  it("the popup shows oathtool's codes for the imported accounts", async () => {
    const popup = await openPopup(session);
    await byRole(popup, 'listitem', 'Forge (dev@example.org)').waitFor();
    expect(await byRole(popup, 'listitem').count()).toBe(fresh);
    for (const key of ['forge', 'cloud', 'bank'] as const) {
      const { issuer, name, algorithm, digits, period } = FIXTURE_ACCOUNTS[key];
      await expectCodeMatchesOathtool(popup, `${issuer} (${name})`, fixtureSecretBase32(secrets, key), { algorithm, digits, period });
    }
    await popup.close();
  });
});
