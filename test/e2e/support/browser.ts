import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Device pixels per CSS pixel: 2 for the store screenshots' sharper popup; 1 otherwise. */
  deviceScaleFactor?: number;
  /** The browser's language as Chromium names its own (`de`, `pt-BR`): it picks the extension's messages. */
  locale?: string;
}

/**
 * Starts the system's Chromium, headless, on a fresh profile with the built extension loaded.
 * A missing browser or build is an error that says what to do, never a silent skip.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: install it with "apt-get install chromium" or set CHROME_PATH.`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'otp-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    headless: true,
    ...(options.deviceScaleFactor !== undefined && { deviceScaleFactor: options.deviceScaleFactor }),
    ...(options.locale !== undefined && { locale: options.locale }),
    args: [
      ...(options.locale !== undefined ? [`--lang=${options.locale}`] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async close() {
      await context.close();
    },
  };
}

export function removeProfile(session: ExtensionSession): void {
  rmSync(session.profileDir, { recursive: true, force: true });
}
