import { planImport } from './classify';
import { pageMessage } from '../messaging/page-message';
import { text } from '../messaging/request-fields';
import * as z from '../zod';
import { originFromInput } from '../vault/origins';
import type { VaultPort } from '../vault/vault-port';
import { MAX_LINK_LENGTH } from './import-entries';
import { MAX_IMPORT_LINKS } from './preview-rows';

/**
 * Importing otpauth:// links: the page reads files, QR codes and export links into links, the
 * background checks them against the vault. The preview writes nothing; the commit decides again
 * from the vault as it is then, so a link added meanwhile (another tab, the popup) is skipped.
 */
export function importMessages({ vault }: { vault: VaultPort }) {
  return {
    /** otpauth:// links (the page turns QR images and migration exports into links first). */
    'import.preview': pageMessage({
      request: z.strictObject({ uris: z.array(text(MAX_LINK_LENGTH)).check(z.maxLength(MAX_IMPORT_LINKS)) }),
      async handle({ uris }) {
        return planImport(uris, await vault.listAccounts()).items;
      },
    }),
    /** Adds the valid, non-duplicate entries; `origin` is the site they were scanned from, if any. */
    'import.commit': pageMessage({
      request: z.strictObject({ uris: z.array(text(MAX_LINK_LENGTH)).check(z.maxLength(MAX_IMPORT_LINKS)), origin: z.optional(text(2048)) }),
      async handle({ uris, origin }) {
        // Checked before anything is written: a bad site address adds nothing.
        const origins = origin === undefined ? undefined : [originFromInput(origin)];
        const { accounts } = planImport(uris, await vault.listAccounts());
        for (const account of accounts) await vault.addAccount(origins ? { ...account, origins } : account);
        return { added: accounts.length, skipped: uris.length - accounts.length };
      },
    }),
  };
}
