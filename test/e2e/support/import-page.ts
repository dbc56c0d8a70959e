// A fresh browser with a new vault, on the management page's Import section: where every import
// test starts, the vault needed because the import writes into it.
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './browser';
import { createVaultFromPopup } from './codes';
import { openOptionsPage } from './options-page';

export async function startOnImportPage(passphrase: string): Promise<{ session: ExtensionSession; page: Page }> {
  const session = await launchWithExtension();
  const popup = await session.openPopup();
  await createVaultFromPopup(popup, passphrase);
  await popup.close();
  const page = await openOptionsPage(session, 'import');
  await page.getByRole('heading', { name: 'Import' }).waitFor();
  return { session, page };
}

export async function endImportSession(session: ExtensionSession | undefined): Promise<void> {
  await session?.close().catch(() => undefined);
  if (session) removeProfile(session);
}
