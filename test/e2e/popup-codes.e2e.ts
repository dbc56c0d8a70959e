import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { expectCodeMatchesOathtool } from './support/codes';
import { filesContaining } from './support/profile-scan';
import { encodeBase32 } from '../../lib/otp';

const PASSPHRASE = 'correct horse battery staple';
const SECRET = randomBytes(20);
const SECRET_BASE32 = encodeBase32(SECRET);
const ACCOUNT = 'Example Corp (alice@example.com)';
const URI = `otpauth://totp/Example%20Corp:alice%40example.com?secret=${SECRET_BASE32}&issuer=Example%20Corp`;

describe('popup: vault and codes, in Chromium with the built extension', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    popup = await session.openPopup();
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('creates the vault on first run', async () => {
    await expect.poll(() => popup.getByRole('heading', { name: 'Create your vault' }).isVisible()).toBe(true);
    // The placeholder shown while the background answers is gone once it has.
    expect(await popup.getByText('Opening…').count()).toBe(0);
    await popup.getByLabel('Vault passphrase').fill('short');
    expect(await popup.getByRole('button', { name: 'Create vault' }).isDisabled()).toBe(true);
    await popup.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await popup.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await popup.getByRole('button', { name: 'Create vault' }).click();
    await popup.getByRole('heading', { name: 'Codes' }).waitFor();
    // The list arrives after the heading ("Loading accounts…" in between).
    await popup.getByText('No accounts yet').waitFor();
  });

  it('rejects a malformed link with a clear sentence and keeps the form', async () => {
    await popup.getByRole('button', { name: 'Add account' }).click();
    await popup.getByLabel('otpauth:// link').fill('otpauth://totp/Broken?issuer=X');
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/secret/i);
    await popup.getByRole('button', { name: 'Cancel' }).click();
  });

  it('adds an account from an otpauth URI and shows the code oathtool computes', async () => {
    await popup.getByRole('button', { name: 'Add account' }).click();
    await popup.getByLabel('otpauth:// link').fill(URI);
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await popup.getByRole('listitem', { name: ACCOUNT }).waitFor();
    await expectCodeMatchesOathtool(popup, ACCOUNT, SECRET_BASE32);
  });

  it('lock hides every code, in every open page; a wrong passphrase is refused; unlock brings the code back', async () => {
    const other = await session.openPopup();
    await other.getByRole('listitem', { name: ACCOUNT }).waitFor();

    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    expect(await popup.locator('output').count()).toBe(0);
    expect(await popup.getByText('alice@example.com').count()).toBe(0);

    // The other open page is told, and drops its codes too: the lock is the background's.
    await other.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    expect(await other.locator('output').count()).toBe(0);
    await other.close();

    await popup.getByLabel('Vault passphrase').fill('not the passphrase');
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toBe('That passphrase is not right.');

    await popup.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await popup.getByRole('listitem', { name: ACCOUNT }).waitFor();
    await expectCodeMatchesOathtool(popup, ACCOUNT, SECRET_BASE32);
  });

  it('never writes the seed to the browser profile, as text or bytes', async () => {
    await session.close();
    const needles = [SECRET_BASE32, SECRET_BASE32.toLowerCase(), SECRET.toString('base64'), SECRET.toString('hex')]
      .map((text) => Buffer.from(text))
      .concat(SECRET);
    expect(filesContaining(session.profileDir, needles)).toEqual([]);
    // The scan does read the profile: the extension's id is in it, in plain text.
    expect(filesContaining(session.profileDir, [Buffer.from(session.extensionId)])).not.toEqual([]);
  });
});
