// The system's Firefox, headless, driven over WebDriver BiDi by puppeteer-core, on a fresh profile
// with the built Firefox extension installed. Nothing here downloads a browser.
import puppeteer, { type Browser } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id of the build (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://UUID, fixed before launch so that the tests know the extension's pages. */
  origin: string;
  profileDir: string;
  /** Where the browser saves downloads, without asking. */
  downloadDir: string;
  /** Closes the browser; the profile stays until `dispose`, for a test to look into. */
  close(): Promise<void>;
  /** Closes the browser if it is open, and removes the profile. */
  dispose(): Promise<void>;
}

function builtAddonId(): string {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built Firefox extension in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} names no add-on id (browser_specific_settings.gecko.id).`);
  return id;
}

/** Preferences set in the fresh profile before Firefox starts. */
function preferences(addonId: string, uuid: string, downloadDir: string): Record<string, unknown> {
  return {
    // The extension's internal UUID, which Firefox otherwise draws at random on install: with it
    // the moz-extension:// origin of the popup and the management page is known in advance.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    // A headless browser cannot show the permission prompt of permissions.request(): with this
    // preference Firefox grants what an extension page asks for during a user's click, as the
    // user's "Allow" would. Without a click the request is still refused, as it is for users.
    'extensions.webextOptionalPermissionPrompts': false,
    // Downloads (the encrypted backup) go to a folder of the test's, without a dialog.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    // Lets a test read the clipboard from a page (navigator.clipboard.readText) without a gesture
    // or a paste prompt, to see what the extension copied and when it emptied it.
    'dom.events.testing.asyncClipboard': true,
  };
}

/**
 * Starts Firefox and installs the built extension, as a temporary add-on (with `prefs` added to
 * the profile's preferences). Firefox (127 and later)
 * grants an MV3 add-on's declared host_permissions on install, as it does for a user who installs
 * it; a test can take them back and grant them again with ./host-permissions.
 * A missing browser or build is an error that says what to do, never a silent skip.
 */
export async function launchFirefoxWithExtension(options: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install it with "apt-get install firefox-esr" or set FIREFOX_PATH.`);
  }
  const addonId = builtAddonId();
  const uuid = randomUUID();
  const root = mkdtempSync(join(tmpdir(), 'otp-e2e-firefox-'));
  const profileDir = join(root, 'profile');
  const downloadDir = join(root, 'downloads');
  mkdirSync(profileDir);
  mkdirSync(downloadDir);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      // Lets the driver open the extension's own moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { ...preferences(addonId, uuid, downloadDir), ...options.prefs },
    });
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`Firefox installed the extension as ${installed}, not ${addonId}.`);
  } catch (error) {
    await browser?.close().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const running = browser;
  const close = async () => {
    if (running.connected) await running.close();
  };
  return {
    browser: running,
    addonId,
    origin: `moz-extension://${uuid}`,
    profileDir,
    downloadDir,
    close,
    async dispose() {
      await close().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
