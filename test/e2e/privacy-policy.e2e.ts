// The privacy policy ships inside the extension as a page of its own, rendered from
// docs/privacy-policy.md at build time, and the management page links to it whether the vault is
// unlocked or not: the policy can be read before anything is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup } from './support/codes';
import { openOptionsPage } from './support/options-page';

describe('the privacy policy', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session);
  });

  it('is linked from the management page before there is a vault', async () => {
    const page = await openOptionsPage(session, 'accounts');
    await page.getByRole('heading', { name: 'No vault yet', exact: true }).waitFor();
    await expect(page.getByRole('link', { name: 'Privacy policy', exact: true }).getAttribute('href')).resolves.toBe(
      '/privacy-policy.html',
    );
    await page.close();
  });

  it('opens from the management page\'s navigation, with its heading', async () => {
    const popup = await session.openPopup();
    await createVaultFromPopup(popup, 'privacy policy passphrase');
    const page = await openOptionsPage(session, 'accounts');
    const link = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Privacy policy', exact: true });

    const [policy] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await policy.waitForLoadState();
    expect(new URL(policy.url()).pathname).toBe('/privacy-policy.html');
    await policy.getByRole('heading', { level: 1, name: 'Privacy policy', exact: true }).waitFor();
    // The whole document is there, down to its last section.
    await policy.getByRole('heading', { level: 2, name: 'Changes and contact', exact: true }).waitFor();
    await expect(policy.title()).resolves.toBe('OTP Companion: privacy policy');
  });
});
