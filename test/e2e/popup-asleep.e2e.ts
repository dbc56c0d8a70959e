// The popup opened while the background sleeps (Chrome stops an idle worker after 30 s): it paints
// the first screen the background kept for it in storage.session, before any answer, and that
// screen is never one that is no longer true.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { OPENING_PLACEHOLDER, openPopupBeforeAnyAnswer, openingAnswerDrawn } from './support/asleep-popup';
import { expectCodeMatchesOathtool } from './support/codes';
import { expectShownCodeMatchesOathtool } from './support/code-check';
import { filesContaining } from './support/profile-scan';
import { serviceWorkerRunning, stopServiceWorkerIfRunning } from './support/service-worker';
import { send } from '../../scripts/bench/extension-driver';
import { encodeBase32 } from '../../lib/otp';

const PASSPHRASE = 'correct horse battery staple';
const SECRET = randomBytes(20);
const SECRET_BASE32 = encodeBase32(SECRET);
const ACCOUNT = 'Sleepy Corp (alice@example.com)';
const HOTP_ACCOUNT = 'Counter Inc (bob@example.com)';
const PERIOD_MS = 30_000;
/** Redrawing waits half a second after a change; this leaves room for it on a slow machine. */
const REDRAWN_AFTER_MS = 2_000;

describe('popup opened while the background sleeps, in Chromium', () => {
  let session: ExtensionSession;
  /** An extension page that stays open, as the management page would: it makes the changes. */
  let manager: Page;
  const opened: Page[] = [];

  const openAsleep = async (clockShiftMs = 0) => {
    await stopServiceWorkerIfRunning(session.context, manager);
    // Nothing answers this popup, so it cannot turn to the next code: it opens well inside a period.
    const intoPeriod = Date.now() % PERIOD_MS;
    if (intoPeriod > PERIOD_MS - 8_000) await manager.waitForTimeout(PERIOD_MS - intoPeriod + 500);
    const page = await openPopupBeforeAnyAnswer(session.context, session.extensionId, { clockShiftMs });
    opened.push(page);
    return page;
  };
  const codeOf = (page: Page, name: string) => page.getByRole('status', { name: `Code for ${name}`, exact: true });

  beforeAll(async () => {
    session = await launchWithExtension();
    manager = await session.context.newPage();
    await manager.goto(`chrome-extension://${session.extensionId}/options.html`);
    await send(manager, 'vault.create', { passphrase: PASSPHRASE });
    await send(manager, 'accounts.addUri', {
      uri: `otpauth://totp/Sleepy%20Corp:alice%40example.com?secret=${SECRET_BASE32}&issuer=Sleepy%20Corp`,
    });
    await send(manager, 'accounts.addUri', {
      uri: `otpauth://hotp/Counter%20Inc:bob%40example.com?secret=${encodeBase32(randomBytes(20))}&issuer=Counter%20Inc&counter=7`,
    });
    await manager.waitForTimeout(REDRAWN_AFTER_MS);
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('shows the codes before the background answers anything, and a counter-based row without a code', async () => {
    const popup = await openAsleep();
    await expectCodeMatchesOathtool(popup, ACCOUNT, SECRET_BASE32);
    const hotpRow = popup.getByRole('listitem', { name: HOTP_ACCOUNT });
    await hotpRow.getByRole('button', { name: 'Next code' }).waitFor();
    expect(await codeOf(popup, HOTP_ACCOUNT).textContent()).not.toMatch(/\d/);
    await popup.close();
  });

  it('shows the next period’s code when it is opened a period later', async () => {
    const popup = await openAsleep(PERIOD_MS);
    const output = codeOf(popup, ACCOUNT);
    await output.waitFor();
    // Checked against oathtool a period ahead of the real clock, as the popup's clock is.
    await expectShownCodeMatchesOathtool(async () => (await output.textContent()) ?? '', SECRET_BASE32, {}, PERIOD_MS / 1000);
    await popup.close();
  });

  it('paints nothing kept when its codes are older than the view, and waits for the background instead', async () => {
    const popup = await openAsleep(20 * 60_000);
    await popup.getByText(OPENING_PLACEHOLDER).waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.getByText(OPENING_PLACEHOLDER).isVisible()).toBe(true);
    expect(await codeOf(popup, ACCOUNT).count()).toBe(0);
    await popup.close();
  });

  it('never shows a name from before a rename on the management page, and shows the new one once redrawn', async () => {
    const [account] = await send<{ id: string }[]>(manager, 'accounts.list');
    await send(manager, 'accounts.update', { id: account!.id, label: 'alice@renamed.example' });
    // Stopped at once: the background had no time to draw the screen anew.
    let popup = await openAsleep();
    await popup.waitForTimeout(500);
    expect(await popup.getByText('alice@example.com').count()).toBe(0);
    await popup.close();

    // Woken by any message, the background draws the screen again after it.
    await send(manager, 'vault.status');
    await manager.waitForTimeout(REDRAWN_AFTER_MS);
    popup = await openAsleep();
    await popup.getByRole('listitem', { name: 'Sleepy Corp (alice@renamed.example)' }).waitFor();
    expect(await popup.getByText('alice@example.com').count()).toBe(0);
    await popup.close();
  });

  it('never shows an account deleted on the management page', async () => {
    const accounts = await send<{ id: string; issuer: string }[]>(manager, 'accounts.list');
    const hotp = accounts.find((a) => a.issuer === 'Counter Inc')!;
    await send(manager, 'accounts.delete', { id: hotp.id });
    let popup = await openAsleep();
    await popup.waitForTimeout(500);
    expect(await popup.getByText('Counter Inc').count()).toBe(0);
    await popup.close();

    await send(manager, 'vault.status');
    await manager.waitForTimeout(REDRAWN_AFTER_MS);
    popup = await openAsleep();
    await popup.getByRole('listitem', { name: 'Sleepy Corp (alice@renamed.example)' }).waitFor();
    expect(await popup.getByText('Counter Inc').count()).toBe(0);
    await popup.close();
  });

  it('shows no code once the idle lock is due, even before the background has locked', async () => {
    await send(manager, 'settings.update', { autoLockMinutes: 1 });
    await manager.waitForTimeout(REDRAWN_AFTER_MS);
    // The view itself would still have codes for this moment: only the lock's time is past.
    const popup = await openAsleep(2 * 60_000);
    await popup.getByText(OPENING_PLACEHOLDER).waitFor();
    await popup.waitForTimeout(500);
    expect(await codeOf(popup, ACCOUNT).count()).toBe(0);
    await popup.close();
    await send(manager, 'settings.update', { autoLockMinutes: 15 });
  });

  it('keeps nothing once locked: a popup opened asleep shows no code, and awake asks for the passphrase', async () => {
    await send(manager, 'vault.lock');
    const popup = await openAsleep();
    await popup.getByText(OPENING_PLACEHOLDER).waitFor();
    await popup.waitForTimeout(500);
    expect(await codeOf(popup, ACCOUNT).count()).toBe(0);
    await popup.close();

    await stopServiceWorkerIfRunning(session.context, manager);
    const awake = await session.openPopup();
    await awake.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await awake.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await awake.getByRole('button', { name: 'Unlock' }).click();
    await expectCodeMatchesOathtool(awake, 'Sleepy Corp (alice@renamed.example)', SECRET_BASE32);
    await awake.close();
  });

  it('opens with the real background asleep: codes at once, then confirmed by its answer', async () => {
    await manager.waitForTimeout(REDRAWN_AFTER_MS);
    await stopServiceWorkerIfRunning(session.context, manager);
    const popup = await session.openPopup();
    await expectCodeMatchesOathtool(popup, 'Sleepy Corp (alice@renamed.example)', SECRET_BASE32);
    const paintedRow = await popup.getByRole('listitem', { name: 'Sleepy Corp (alice@renamed.example)' }).elementHandle();
    // The background woke for the popup's own requests, after its first frame.
    await expect.poll(() => serviceWorkerRunning(session.context, manager)).toBe(true);
    // Its answer confirmed the painted screen, which stays as it was: nothing drawn anew (a search
    // typed meanwhile, or the page's Fill offers, would be lost).
    await openingAnswerDrawn(popup);
    expect(await paintedRow!.evaluate((row) => row.isConnected)).toBe(true);
    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await popup.close();
  });

  it('turns to the next code at the period’s end after a cold open', async () => {
    await send(manager, 'vault.unlock', { passphrase: PASSPHRASE });
    await manager.waitForTimeout(REDRAWN_AFTER_MS);
    // Opened cold two seconds before a boundary, with the real background.
    const toBoundary = PERIOD_MS - (Date.now() % PERIOD_MS);
    await manager.waitForTimeout(toBoundary < 4_000 ? toBoundary + PERIOD_MS - 2_000 : toBoundary - 2_000);
    await stopServiceWorkerIfRunning(session.context, manager);
    const popup = await session.openPopup();
    const first = await expectCodeMatchesOathtool(popup, 'Sleepy Corp (alice@renamed.example)', SECRET_BASE32);
    await manager.waitForTimeout(3_000);
    const next = await expectCodeMatchesOathtool(popup, 'Sleepy Corp (alice@renamed.example)', SECRET_BASE32);
    expect(Math.floor(next.seconds / 30)).toBe(Math.floor(first.seconds / 30) + 1);
    await popup.close();
  });

  it('keeps the codes in memory only: the profile on disk holds neither the seed nor a kept code', async () => {
    await manager.waitForTimeout(REDRAWN_AFTER_MS);
    const popup = await openAsleep();
    const { code } = await expectCodeMatchesOathtool(popup, 'Sleepy Corp (alice@renamed.example)', SECRET_BASE32);
    const kept = (await manager.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('openingView'),
    )) as { openingView?: { codes: { codes: string[] }[] } };
    const codes = kept.openingView?.codes[0]?.codes ?? [];
    expect(codes).toContain(code);
    await session.close();
    const needles = [SECRET_BASE32, SECRET_BASE32.toLowerCase(), SECRET.toString('base64'), SECRET.toString('hex'), JSON.stringify(codes.slice(0, 3)).slice(1, -1)]
      .map((text) => Buffer.from(text))
      .concat(SECRET);
    expect(filesContaining(session.profileDir, needles)).toEqual([]);
    expect(filesContaining(session.profileDir, [Buffer.from(session.extensionId)])).not.toEqual([]);
  });
});
