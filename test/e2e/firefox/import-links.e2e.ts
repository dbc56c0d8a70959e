// Firefox, management page: otpauth:// links pasted into the import are previewed, only the valid
// ones imported, and the popup shows their codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openOptionsPage, openPopup } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byLabel, byRole } from '../support/firefox/page-elements';
import { createVault, expectCodeMatchesOathtool } from '../support/firefox/popup-steps';
import { waitUntil } from '../support/firefox/wait';

// 10 bytes (a common length) and RFC 6238's 32-byte SHA-256 secret.
const SHOP_SECRET = 'JBSWY3DPEHPK3PXP';
const CLOUD_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA';

describe('Firefox management page: import of links', () => {
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchFirefoxWithExtension();
    const popup = await openPopup(session);
    await createVault(popup, 'import test passphrase');
    await popup.close();
    page = await openOptionsPage(session, 'import');
    await byRole(page, 'heading', 'Import').waitFor();
  });

  afterAll(() => session?.dispose());

  const status = () => byRole(page, 'status').textContent();
  /** The preview's row for an entry, by its row header ("Line 1"). */
  const row = (entry: string) => byRole(page, 'table', 'Preview').role('row').holding('rowheader', entry);
  const rowCells = (entry: string) => row(entry).role('cell').allTextContents();

  it('previews pasted links, imports only the valid ones, and the popup shows their codes', async () => {
    await byLabel(page, 'otpauth:// links, one per line').fill(
      [
        `otpauth://totp/Shop:ann?secret=${SHOP_SECRET}&issuer=Shop`,
        'this line is garbage',
        `otpauth://totp/Cloud%20%C3%9Cber:ops?secret=${CLOUD_SECRET}&algorithm=SHA256&digits=8&period=60`,
      ].join('\n'),
    );
    await byRole(page, 'button', 'Preview').click();
    await row('Line 1').waitFor();
    await waitUntil('the preview', status, (text) => text === '2 new, 1 invalid. Nothing has been added yet.');
    expect(await rowCells('Line 1')).toEqual(['New', 'Shop', 'ann', '']);
    expect(await rowCells('Line 2')).toEqual(['Invalid', '', '', 'This is not an otpauth:// link.']);
    expect(await rowCells('Line 3')).toEqual(['New', 'Cloud Über', 'ops', '']);

    await byRole(page, 'button', 'Import 2 accounts').click();
    await waitUntil('the import', status, (text) => text === 'Imported 2 accounts (1 skipped).');
    expect(await byRole(page, 'table', 'Preview').count()).toBe(0);

    const popup = await openPopup(session);
    await byRole(popup, 'listitem', 'Shop (ann)').waitFor();
    expect(await byRole(popup, 'listitem').count()).toBe(2);
    await expectCodeMatchesOathtool(popup, 'Shop (ann)', SHOP_SECRET);
    await expectCodeMatchesOathtool(popup, 'Cloud Über (ops)', CLOUD_SECRET, { algorithm: 'SHA256', digits: 8, period: 60 });
    await popup.close();
  });
});
