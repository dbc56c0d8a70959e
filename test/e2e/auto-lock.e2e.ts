import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup } from './support/codes';

const ALARM = 'vault-auto-lock';
type Alarms = { alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; create(name: string, info: { when: number }): Promise<void> } };

/** The auto-lock alarm as the browser holds it, read inside the service worker. */
function scheduledLock(worker: Worker): Promise<number | undefined> {
  return worker.evaluate(async (name) => (await (globalThis as unknown as { chrome: Alarms }).chrome.alarms.get(name))?.scheduledTime, ALARM);
}

/** How long until the alarm fires; no alarm is no number, so no comparison below can pass on it. */
async function untilLock(worker: Worker): Promise<number | undefined> {
  const scheduled = await scheduledLock(worker);
  return scheduled === undefined ? undefined : scheduled - Date.now();
}

describe('auto-lock after idle time', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    popup = await session.openPopup();
    await createVaultFromPopup(popup, 'auto lock passphrase');
    await popup.getByRole('button', { name: 'Add account' }).click();
    await popup.getByLabel('otpauth:// link').fill('otpauth://totp/Idle:erin?secret=JBSWY3DPEHPK3PXP&issuer=Idle');
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await popup.getByRole('listitem', { name: 'Idle (erin)' }).waitFor();
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('arms the idle timer with the delay chosen in the settings', async () => {
    const worker = session.context.serviceWorkers()[0]!;
    // The background arms the timer after it has replied to the use that restarts it.
    await expect.poll(() => untilLock(worker)).toBeGreaterThan(14 * 60_000); // 15 minutes by default
    // The popup has no settings of its own: it links to the management page's.
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Settings' }).click();
    const page = await opened;
    expect(page.url()).toBe(`chrome-extension://${session.extensionId}/options.html#settings`);
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await page.getByLabel('Auto-lock after (minutes)').fill('2');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // Saving is use: the timer restarts with the new delay.
    await expect.poll(() => untilLock(worker)).toBeLessThanOrEqual(2 * 60_000);
    expect(await untilLock(worker)).toBeGreaterThan(60_000);
    await page.close();
  });

  it('locks when the timer fires, and the open popup drops its codes at once', async () => {
    const worker = session.context.serviceWorkers()[0]!;
    // Bring the alarm forward rather than wait two minutes: the browser fires it like any other.
    await worker.evaluate(
      (name) => (globalThis as unknown as { chrome: Alarms }).chrome.alarms.create(name, { when: Date.now() + 200 }),
      ALARM,
    );
    await popup.getByRole('heading', { name: 'Unlock your vault' }).waitFor({ timeout: 10_000 });
    expect(await popup.locator('output').count()).toBe(0);
    const fresh = await session.openPopup();
    await fresh.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await fresh.close();
  });
});
