// One Firefox, one vault and one in-process sandbox per end-to-end file of the server flows (the
// Chromium suite's support/server-suite.ts, in Firefox).
import type { Page } from 'puppeteer-core';
import { startTestSandbox, type Sandbox } from '../sandbox-control';
import { openPopup } from './extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from './firefox-session';
import { createVault } from './popup-steps';

export interface FirefoxServerSuite {
  sandbox: Sandbox;
  session: FirefoxSession;
  /** The open popup; a test that closes it puts the reopened one here. */
  popup: Page;
}

export async function startFirefoxServerSuite(passphrase: string): Promise<FirefoxServerSuite> {
  const sandbox = await startTestSandbox();
  let session: FirefoxSession | undefined;
  try {
    session = await launchFirefoxWithExtension();
    const popup = await openPopup(session);
    await createVault(popup, passphrase);
    return { sandbox, session, popup };
  } catch (error) {
    await session?.dispose();
    await sandbox.close();
    throw error;
  }
}

export async function stopFirefoxServerSuite(suite: FirefoxServerSuite | undefined): Promise<void> {
  if (!suite) return;
  await suite.session.dispose();
  await suite.sandbox.close();
}
