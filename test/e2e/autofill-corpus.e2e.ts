import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup } from './support/codes';
import { startAutofillSites, type AutofillSites } from './support/autofill-pages';
import { addAccounts, setSites } from './support/autofill-steps';
import { fillCorpusPage } from './support/corpus-fill';
import { CORPUS_DIR, readCorpusManifest } from './support/corpus-manifest';
import { E2E_CORPUS_PAGES, MISSED_BY_KEYBOARD_FILL } from './support/corpus-selection';

const PASSPHRASE = 'corpus end to end passphrase';
const SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BAMJ2W24DTEBXXMZLSEB2GQZJANRQXU6JAMRXWOII';
const ACCOUNT = 'Corpus (jane)';

// A representative part of the real-world corpus (test/fixtures/autofill-corpus), filled as a
// user does: one account knows the site, the keyboard command is pressed on the page. Each page's
// own marks say which field must get the code, or that nothing may be filled. Pages the keyboard
// fill misses today are expected to miss: when one starts to pass, it leaves that list.
describe('autofill of real-world two-factor pages with the keyboard command', () => {
  let sites: AutofillSites;
  let session: ExtensionSession;
  const manifest = readCorpusManifest();

  beforeAll(async () => {
    sites = await startAutofillSites(CORPUS_DIR);
    session = await launchWithExtension();
    const popup = await session.openPopup();
    await createVaultFromPopup(popup, PASSPHRASE);
    await addAccounts(popup, [`otpauth://totp/Corpus:jane?secret=${SECRET}&issuer=Corpus`]);
    await popup.close();
    await setSites(session, ACCOUNT, [sites.main]);
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
    await sites?.close();
  });

  for (const file of E2E_CORPUS_PAGES) {
    const entry = manifest.find((page) => page.file === file)!;
    const test = MISSED_BY_KEYBOARD_FILL.includes(file) ? it.fails : it;
    const what = entry.outcome === 'fill' ? 'gets the code where it belongs' : 'gets nothing';
    test(`${file} (${[...entry.exercises, ...entry.classes].join(', ')}) ${what}`, async () => {
      const verdict = await fillCorpusPage(session, sites.main, entry, SECRET);
      expect(verdict).toMatchObject({ file, right: true, wrongFill: false });
    });
  }
});
