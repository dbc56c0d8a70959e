// The vault the screenshots show: made-up accounts with made-up keys and sites, and a user of the
// local sandbox server whose key the extension enrolled itself, so that its login asks for a code
// the vault can answer. Nothing here is anyone's real account or secret.
import type { Page } from 'playwright-core';
import { send } from '../bench/extension-driver';
import { createVaultFromPopup } from '../../test/e2e/support/codes';
import { registerOtherBrowser } from '../../test/e2e/support/options-page';
import { TOTP_PERIOD_MS, createSandboxUser, sandboxMfaKeys, sandboxTimeAfterStep } from '../../test/e2e/support/sandbox-control';
import { activateWithVaultCode, addServerProfile, createMfaKey, logIn, logOut } from '../../test/e2e/support/server-popup';

export const DEMO_PASSPHRASE = 'demo vault passphrase for screenshots';

/** The server as the popup names it; its address is the sandbox's. */
export const DEMO_SERVER = 'Example server';

export const DEMO_USER = { email: 'alex@example.com', password: 'demo password 1' };

/** Made-up keys in otpauth:// links, as a site or an export would give them, with the sites where they fill. */
const DEMO_ACCOUNTS = [
  { uri: 'otpauth://totp/example.com:alex%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=example.com', sites: ['example.com'] },
  {
    uri: 'otpauth://totp/Example%20Bank:alex?secret=KRUGS4ZANFZSAYJAMZQWWZJAONSWG4TF&issuer=Example%20Bank&digits=8',
    sites: ['bank.example'],
  },
  {
    uri: 'otpauth://totp/Example%20Cloud:alex%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example%20Cloud&algorithm=SHA256',
    sites: ['example.org'],
  },
  { uri: 'otpauth://hotp/Example%20VPN:alex?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&issuer=Example%20VPN&counter=0', sites: [] },
];

/** The enrolled key's account, named after the server rather than the sandbox's own issuer text. */
const ENROLLED_ACCOUNT = { issuer: DEMO_SERVER, origins: ['example.net'] };

/** The user's other browser, trusted straight against the server, for the list of trusted devices. */
const OTHER_BROWSER = { operatingSystem: 'Windows', browser: 'Firefox 140' };

/**
 * From the first popup of a fresh profile: the vault, the accounts, the server, its user (logged in
 * once to enrol a key from the vault, then logged out).
 */
export async function prepareDemoVault(popup: Page, sandboxUrl: string): Promise<void> {
  await createVaultFromPopup(popup, DEMO_PASSPHRASE);
  const added = new Set<string>();
  for (const { uri, sites } of DEMO_ACCOUNTS) {
    const { id } = await send<{ id: string }>(popup, 'accounts.addUri', { uri });
    if (sites.length > 0) await send(popup, 'accounts.update', { id, origins: sites });
    added.add(id);
  }
  await addServerProfile(popup, { kind: 'EMnify', name: DEMO_SERVER, baseUrl: sandboxUrl });
  await createSandboxUser(sandboxUrl, DEMO_USER);
  await logIn(popup, DEMO_USER.email, DEMO_USER.password, DEMO_SERVER);
  await createMfaKey(popup, DEMO_USER.password);
  await activateWithVaultCode(popup);
  const accounts = await send<{ id: string }[]>(popup, 'accounts.list');
  const enrolled = accounts.find((account) => !added.has(account.id));
  if (!enrolled) throw new Error('The enrolled key is not in the vault.');
  await send(popup, 'accounts.update', { id: enrolled.id, ...ENROLLED_ACCOUNT });
  await logOut(popup);
}

/** Once this browser is trusted: another browser of the user trusts itself too. */
export async function trustAnotherBrowser(sandboxUrl: string): Promise<void> {
  const [key] = await sandboxMfaKeys(sandboxUrl, DEMO_USER.email);
  if (!key) throw new Error('The demo user has no key.');
  // The extension's login just spent this step's code, and the other browser needs a step the server
  // has not seen. It waits for the next one rather than move the server's clock, which would show
  // in the dates the management page lists.
  const loggedInAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, TOTP_PERIOD_MS - (loggedInAt % TOTP_PERIOD_MS) + 200));
  const at = await sandboxTimeAfterStep(sandboxUrl, loggedInAt);
  await registerOtherBrowser(sandboxUrl, { ...DEMO_USER, secret: key.secret, ...OTHER_BROWSER }, at);
}
