import type { BrowserContext, Page } from 'playwright-core';

type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> } };

/**
 * Sends the extension's own messages from one of its pages, exactly as the popup does, and
 * returns the reply's value (or throws its error). Times are taken inside the page.
 */
export async function send<T = unknown>(page: Page, type: string, body: unknown = {}): Promise<T> {
  const reply = await page.evaluate(
    ([type, body]) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ type, body }),
    [type, body] as const,
  );
  if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error?.message ?? 'no reply'}`);
  return reply.value as T;
}

/** Sends messages one after another inside the page and returns how long each prefix took. */
export async function timeMessages(page: Page, messages: Array<[string, unknown]>): Promise<number[]> {
  return page.evaluate(async (messages) => {
    const { runtime } = (globalThis as unknown as { chrome: Runtime }).chrome;
    const start = performance.now();
    const laps: number[] = [];
    for (const [type, body] of messages) {
      const reply = await runtime.sendMessage({ type, body });
      if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error?.message ?? 'no reply'}`);
      laps.push(performance.now() - start);
    }
    return laps;
  }, messages);
}

/** Adds accounts through `accounts.addUri`, in one page-side loop to spare thousands of round trips. */
export async function addAccounts(page: Page, uris: string[]): Promise<void> {
  await timeMessages(page, uris.map((uri) => ['accounts.addUri', { uri }]));
}

/**
 * Opens the popup in a new page and returns the time from its navigation start to the moment it
 * recorded `mark` (lib/ui/perf-marks.ts) after a paint, with the page left open. `beforeScripts`,
 * when given, runs in the page before any of its own scripts.
 */
export async function openPopupUntil(
  context: BrowserContext,
  url: string,
  mark: string,
  beforeScripts?: () => void,
): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  if (beforeScripts) await page.addInitScript(beforeScripts);
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
  const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
  return { page, ms };
}
