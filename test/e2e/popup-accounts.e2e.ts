import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup, expectCodeMatchesOathtool } from './support/codes';
import { oathtoolHotp } from './support/oathtool';
import { isFreshWorker, stopServiceWorker } from './support/service-worker';

// RFC 4226's and RFC 6238's test secrets, as a user would type them: lowercase, in groups.
const HOTP_SECRET = 'gezd gnbv gy3t qojq gezd gnbv gy3t qojq';
const HOTP_BASE32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXP'; // 10 bytes: short secrets are common and must work

describe('popup: manual keys, HOTP, search, copy, worker restart', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    popup = await session.openPopup();
    await createVaultFromPopup(popup, 'manual entry passphrase');
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  async function addManual(fields: Record<string, string>, advanced: Record<string, string> = {}) {
    await popup.getByRole('button', { name: 'Add account' }).click();
    await popup.getByRole('radio', { name: 'Enter a key' }).check();
    for (const [label, value] of Object.entries(fields)) await popup.getByLabel(label, { exact: true }).fill(value);
    if (Object.keys(advanced).length > 0) {
      await popup.getByText('Advanced').click();
      for (const [label, value] of Object.entries(advanced)) {
        const field = popup.getByLabel(label, { exact: true });
        if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
        else await field.fill(value);
      }
    }
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
  }

  it('adds a TOTP key by hand with SHA-256, 8 digits and a 60 s period', async () => {
    await addManual(
      { Issuer: 'Bank', 'Account name': 'carol', 'Secret key (Base32)': TOTP_SECRET },
      { Algorithm: 'SHA256', Digits: '8', 'Period (seconds)': '60' },
    );
    await popup.getByRole('listitem', { name: 'Bank (carol)' }).waitFor();
    await expectCodeMatchesOathtool(popup, 'Bank (carol)', TOTP_SECRET, { algorithm: 'SHA256', digits: 8, period: 60 });
  });

  it('reports a bad key in one sentence and keeps what was typed', async () => {
    await addManual({ Issuer: 'Typo', 'Account name': 'dave', 'Secret key (Base32)': 'JBSWY3DPEHPK3PX1' });
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/Base32/);
    expect(await popup.getByLabel('Account name', { exact: true }).inputValue()).toBe('dave');
    await popup.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows HOTP codes on demand and keeps the counter across popup openings', async () => {
    await addManual({ Issuer: 'Token', 'Account name': 'erin', 'Secret key (Base32)': HOTP_SECRET }, { Type: 'hotp' });
    const next = popup.getByRole('button', { name: 'Next code for Token (erin)' });
    const code = popup.getByRole('status', { name: 'Code for Token (erin)', exact: true });
    await next.click();
    await expect.poll(async () => (await code.textContent())?.replace(/\s/g, '')).toBe(oathtoolHotp(HOTP_BASE32, 0));
    await next.click();
    await expect.poll(async () => (await code.textContent())?.replace(/\s/g, '')).toBe(oathtoolHotp(HOTP_BASE32, 1));

    const reopened = await session.openPopup();
    await reopened.getByRole('button', { name: 'Next code for Token (erin)' }).click();
    const reopenedCode = reopened.getByRole('status', { name: 'Code for Token (erin)', exact: true });
    await expect.poll(async () => (await reopenedCode.textContent())?.replace(/\s/g, '')).toBe(oathtoolHotp(HOTP_BASE32, 2));
    await reopened.close();
  });

  it('filters the list with the search box', async () => {
    const search = popup.getByRole('searchbox', { name: 'Search accounts' });
    await search.fill('bank');
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(1);
    await search.fill('nothing like it');
    await expect.poll(() => popup.getByText('No account matches').isVisible()).toBe(true);
    await search.fill('');
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(2);
  });

  it('copies the current code to the clipboard', async () => {
    const code = popup.getByRole('status', { name: 'Code for Bank (carol)', exact: true });
    const shown = async () => ((await code.textContent()) ?? '').replace(/\s/g, '');
    // The code on screen changes with its period: read it on both sides of the copy, so a copy
    // made across a step boundary is compared with the code shown when it was made.
    await expect.poll(shown).toMatch(/^\d{8}$/);
    const before = await shown();
    await popup.getByRole('button', { name: 'Copy code for Bank (carol)' }).click();
    await expect
      .poll(() => popup.getByRole('status').filter({ hasText: 'Copied' }).textContent())
      .toBe('Copied the code for Bank (carol) — the clipboard clears in 30 s.');
    const after = await shown();
    expect([before, after]).toContain(await popup.evaluate(() => navigator.clipboard.readText()));
  });

  it('gives the same codes after the service worker was stopped, without asking to unlock again', async () => {
    const before = await expectCodeMatchesOathtool(popup, 'Bank (carol)', TOTP_SECRET, {
      algorithm: 'SHA256', digits: 8, period: 60,
    });
    await stopServiceWorker(session.context, popup);
    const reopened = await session.openPopup();
    await reopened.getByRole('listitem', { name: 'Bank (carol)' }).waitFor();
    expect(await isFreshWorker(session.context)).toBe(true);
    const after = await expectCodeMatchesOathtool(reopened, 'Bank (carol)', TOTP_SECRET, {
      algorithm: 'SHA256', digits: 8, period: 60,
    });
    // Each equals oathtool's for its second; read within one 60 s step, they equal each other.
    if (Math.floor(before.seconds / 60) === Math.floor(after.seconds / 60)) expect(after.code).toBe(before.code);
    await reopened.close();
  });
});
