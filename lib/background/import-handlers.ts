import { planImport } from '../import/classify';
import type { Handlers } from '../messaging/router';
import { originFromInput } from '../vault/origins';
import type { BackgroundDeps } from './deps';

type ImportHandlers = Pick<Handlers, 'import.preview' | 'import.commit'>;

/**
 * Importing otpauth:// links: the page reads files, QR codes and export links into links, the
 * background checks them against the vault. The preview writes nothing; the commit decides again
 * from the vault as it is then, so a link added meanwhile (another tab, the popup) is skipped.
 */
export function importHandlers({ vault }: BackgroundDeps): ImportHandlers {
  return {
    'import.preview': {
      from: 'extension-page',
      async handle({ uris }) {
        return planImport(uris, await vault.listAccounts()).items;
      },
    },
    'import.commit': {
      from: 'extension-page',
      async handle({ uris, origin }) {
        // Checked before anything is written: a bad site address adds nothing.
        const origins = origin === undefined ? undefined : [originFromInput(origin)];
        const { accounts } = planImport(uris, await vault.listAccounts());
        for (const account of accounts) await vault.addAccount(origins ? { ...account, origins } : account);
        return { added: accounts.length, skipped: uris.length - accounts.length };
      },
    },
  };
}
