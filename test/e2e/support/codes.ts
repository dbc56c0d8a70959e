import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { oathtoolTotp, type TotpOptions } from './oathtool';

/**
 * Reads the code the popup shows for an account and checks it against oathtool for the same
 * second (the secret is Base32 unless `options.encoding` says hex). Right after a period boundary
 * the popup may still show the previous code for a few milliseconds, so a mismatch is retried for
 * a short while before it fails.
 */
export async function expectCodeMatchesOathtool(
  page: Page,
  accountName: string,
  secret: string,
  options: TotpOptions = {},
): Promise<{ code: string; seconds: number }> {
  const output = page.getByRole('status', { name: `Code for ${accountName}`, exact: true });
  const deadline = Date.now() + 5_000;
  let last = { shown: '', expected: '' };
  while (Date.now() < deadline) {
    const seconds = Math.floor(Date.now() / 1000);
    const shown = ((await output.textContent()) ?? '').replace(/\s/g, '');
    const expected = oathtoolTotp(secret, seconds, options);
    if (shown === expected && Math.floor(Date.now() / 1000) === seconds) return { code: shown, seconds };
    last = { shown, expected };
    await page.waitForTimeout(150);
  }
  expect(last.shown).toBe(last.expected);
  throw new Error('unreachable: the expectation above failed');
}

/** First run: creates the vault from the popup and waits for the (empty) codes list. */
export async function createVaultFromPopup(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Vault passphrase').fill(passphrase);
  await page.getByLabel('Repeat the passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('heading', { name: 'Codes' }).waitFor();
}
