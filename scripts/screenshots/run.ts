// `npm run screenshots`: builds the extension, drives it in headless Chromium against the local
// sandbox server with a vault of made-up accounts (demo-vault.ts), and writes the store
// screenshots, 1280×800 in light and dark, to docs/store/screenshots/, and the README's picture of
// the popup to docs/popup.png. The light and dark pictures follow the system's colour scheme, as
// the extension does while its theme setting is left on "system".
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CODES_VISIBLE_MARK } from '../../lib/ui/perf-marks';
import { launchWithExtension, removeProfile, type ExtensionSession } from '../../test/e2e/support/browser';
import { openOptionsPage } from '../../test/e2e/support/options-page';
import { startTestSandbox, type Sandbox } from '../../test/e2e/support/sandbox-control';
import {
  FRESH_CODE_TIMEOUT,
  SERVER_STEP_TIMEOUT,
  loggedInText,
  openServerTab,
  passwordInput,
  selectServer,
} from '../../test/e2e/support/server-popup';
import { DEMO_SERVER, DEMO_USER, prepareDemoVault, trustAnotherBrowser } from './demo-vault';
import { STORE_SIZE, renderFrame, renderFullCanvas, type Caption, type ColorScheme, type PopupShot } from './frame';

const OUT_DIR = resolve('docs/store/screenshots');
const README_PICTURE = resolve('docs/popup.png');
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];
/** The popup's width in the toolbar; its height follows its content, up to the browser's 600. */
const POPUP_SIZE = { width: 380, height: 600 };

/** The popup as it would be drawn in the toolbar: its page's body, nothing around it. */
async function shootPopup(popup: Page, scheme: ColorScheme, scale: 'css' | 'device'): Promise<PopupShot> {
  await popup.setViewportSize(POPUP_SIZE);
  await popup.emulateMedia({ colorScheme: scheme });
  // No control looks hovered because the pointer happened to stop on it.
  await popup.mouse.move(0, 0);
  const body = popup.locator('body');
  const box = await body.boundingBox();
  if (!box) throw new Error('The popup has no body to photograph.');
  return { png: await body.screenshot({ scale, animations: 'disabled' }), width: box.width, height: box.height };
}

function save(name: string, png: Buffer): void {
  writeFileSync(join(OUT_DIR, `${name}.png`), png);
  console.log(`  docs/store/screenshots/${name}.png`);
}

async function popupScene(frame: Page, popup: Page, name: string, caption: Caption): Promise<void> {
  for (const scheme of SCHEMES) save(`${name}-${scheme}`, await renderFrame(frame, await shootPopup(popup, scheme, 'device'), caption, scheme));
}

/**
 * A page of its own (the management page) fills the store's canvas by itself. It is laid out at
 * 1152×720, nine tenths of the store's size, then drawn at the store's size: slightly larger text
 * reads better in a store's gallery, and the page keeps room for its table.
 */
const PAGE_LAYOUT_SCALE = 0.9;

async function pageScene(frame: Page, page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: STORE_SIZE.width * PAGE_LAYOUT_SCALE, height: STORE_SIZE.height * PAGE_LAYOUT_SCALE });
  await page.mouse.move(0, 0);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    save(`${name}-${scheme}`, await renderFullCanvas(frame, await page.screenshot({ animations: 'disabled' }), scheme));
  }
}

async function shootEverything(session: ExtensionSession, sandbox: Sandbox): Promise<void> {
  const setup = await session.openPopup();
  await prepareDemoVault(setup, sandbox.url);
  await setup.close();
  const frame = await session.context.newPage();

  // A popup opened afresh: the Codes tab, every code on screen.
  const popup = await session.openPopup();
  await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CODES_VISIBLE_MARK);
  // A counter-based account shows its code once asked for one.
  await popup.getByRole('button', { name: 'Next code for Example VPN (alex)', exact: true }).click();
  await popup.getByRole('button', { name: 'Copy code for Example VPN (alex)', exact: true }).and(popup.locator(':enabled')).waitFor();
  await popupScene(frame, popup, '01-codes', {
    title: 'Your one-time codes, one click away',
    detail: 'Keys stay encrypted in your browser. Copy a code, or fill it into the page you are on.',
  });
  writeFileSync(README_PICTURE, (await shootPopup(popup, 'light', 'css')).png);
  console.log('  docs/popup.png');

  await openServerTab(popup);
  await selectServer(popup, DEMO_SERVER);
  await popup.getByRole('radio', { name: 'E-mail and password', exact: true }).check();
  await popup.getByRole('textbox', { name: 'E-mail address', exact: true }).fill(DEMO_USER.email);
  await passwordInput(popup, 'Password').fill(DEMO_USER.password);
  await popupScene(frame, popup, '02-server-login', {
    title: 'Log in to your server from the toolbar',
    detail: 'EMnify and Amadis-style servers: the public one, or any server you add.',
  });

  await popup.getByRole('button', { name: 'Log in', exact: true }).click();
  await popup.getByRole('heading', { name: 'Two-step verification', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
  await popup.getByRole('checkbox', { name: 'Trust this browser for 90 days', exact: true }).check();
  await popupScene(frame, popup, '03-two-step', {
    title: 'The second step, answered from your vault',
    detail: 'One click sends a fresh code for this user, never one already used. Trust this browser to skip the step for 90 days.',
  });

  // The enrolment spent this time step's code: the extension waits for the next one.
  await popup.getByRole('button', { name: 'Continue with the code from this vault', exact: true }).click();
  await loggedInText(popup, DEMO_USER.email, DEMO_SERVER).waitFor({ timeout: FRESH_CODE_TIMEOUT });
  await trustAnotherBrowser(sandbox.url);

  const manage = await openOptionsPage(session, 'accounts');
  await manage.getByRole('heading', { name: 'Accounts', level: 2 }).waitFor();
  await manage.locator('tbody tr').first().waitFor();
  await pageScene(frame, manage, '04-manage-accounts');

  await manage.goto(manage.url().replace('#accounts', '#devices'));
  await manage.getByText('This browser', { exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
  await pageScene(frame, manage, '05-manage-devices');
}

console.log('Building the extension…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

mkdirSync(OUT_DIR, { recursive: true });
const sandbox = await startTestSandbox();
const session = await launchWithExtension({ deviceScaleFactor: 2 });
try {
  console.log('Taking the screenshots (about a minute):');
  await shootEverything(session, sandbox);
} finally {
  await session.close();
  removeProfile(session);
  await sandbox.close();
}
