// One browser, one vault and one in-process sandbox per end-to-end file of the server flows: the
// sandbox's random port is why each file adds its own server profiles.
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './browser';
import { createVaultFromPopup } from './codes';
import { startTestSandbox, type Sandbox } from './sandbox-control';
import { addServerProfile, type ServerKind } from './server-popup';

export interface ServerSuite {
  sandbox: Sandbox;
  session: ExtensionSession;
  /** The open popup; a test that closes it puts the reopened one here. */
  popup: Page;
}

export async function startServerSuite(
  passphrase: string,
  profiles: { kind: ServerKind; name: string }[],
): Promise<ServerSuite> {
  const sandbox = await startTestSandbox();
  let session: ExtensionSession | undefined;
  try {
    session = await launchWithExtension();
    const popup = await session.openPopup();
    await createVaultFromPopup(popup, passphrase);
    for (const profile of profiles) await addServerProfile(popup, { ...profile, baseUrl: sandbox.url });
    return { sandbox, session, popup };
  } catch (error) {
    await closeBrowser(session);
    await sandbox.close();
    throw error;
  }
}

async function closeBrowser(session: ExtensionSession | undefined): Promise<void> {
  if (!session) return;
  await session.close().catch(() => undefined);
  removeProfile(session);
}

export async function stopServerSuite(suite: ServerSuite | undefined): Promise<void> {
  if (!suite) return;
  await closeBrowser(suite.session);
  await suite.sandbox.close();
}
