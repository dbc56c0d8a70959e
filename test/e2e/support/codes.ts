import type { Page } from 'playwright-core';
import { expectShownCodeMatchesOathtool } from './code-check';
import type { TotpOptions } from './oathtool';

/**
 * Reads the code the popup shows for an account and checks it against oathtool for the same
 * second (the secret is Base32 unless `options.encoding` says hex).
 */
export function expectCodeMatchesOathtool(
  page: Page,
  accountName: string,
  secret: string,
  options: TotpOptions = {},
): Promise<{ code: string; seconds: number }> {
  const output = page.getByRole('status', { name: `Code for ${accountName}`, exact: true });
  return expectShownCodeMatchesOathtool(async () => (await output.textContent()) ?? '', secret, options);
}

/** First run: creates the vault from the popup and waits for the (empty) codes list. */
export async function createVaultFromPopup(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Vault passphrase').fill(passphrase);
  await page.getByLabel('Repeat the passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('heading', { name: 'Codes' }).waitFor();
}
