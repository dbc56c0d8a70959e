import type { BrowserContext, Page } from 'playwright-core';

export interface AsleepOpenOptions {
  /** Moves the popup's clock (Date.now) by this much, to open it "later" than the kept screen was drawn. */
  clockShiftMs?: number;
}

/**
 * Opens the popup as it opens while the background is still starting: none of its messages is
 * answered (they never arrive), so whatever it shows came from what the background kept for it.
 */
export async function openPopupBeforeAnyAnswer(context: BrowserContext, extensionId: string, options: AsleepOpenOptions = {}): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((shift) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: unknown } } }).chrome.runtime;
    runtime.sendMessage = () => new Promise(() => undefined);
    if (shift) {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + shift;
    }
  }, options.clockShiftMs ?? 0);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** What the popup shows while it waits, with nothing to paint before the background answers. */
export const OPENING_PLACEHOLDER = 'Opening…';

/**
 * Waits until the popup has had the background's answer to its opening and drawn what followed
 * from it. The popup asks a frame after its first paint: a request sent a frame later queues
 * behind it, and a frame after that request's answer the popup has dealt with its own.
 */
export async function openingAnswerDrawn(popup: Page): Promise<void> {
  await popup.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await runtime.sendMessage({ type: 'vault.status', body: {} });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  });
}
