// Steps of the popup's Server tab, found by role and accessible name as a user (or a screen
// reader) finds them.
import type { Locator, Page } from 'playwright-core';
import { FRESH_CODE_TIMEOUT, SERVER_STEP_TIMEOUT } from './server-timeouts';

// The timeouts are the server steps', shared with the Firefox suite; named here too for the tests.
export { FRESH_CODE_TIMEOUT, SERVER_STEP_TIMEOUT };

export type ServerKind = 'EMnify' | 'Amadis';

/**
 * A password input by its label. Password inputs have no ARIA role, and other controls share
 * their names (the "New password" <output> of a reset).
 */
export function passwordInput(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true }).and(page.locator('input[type="password"]'));
}

/**
 * The button that submits the form holding `field`. The button that opens a form may have the
 * same name as the one that submits it ("Register", "Change password", "Activate account").
 */
export async function submitButton(page: Page, field: Locator, name: string): Promise<Locator> {
  const inForm = page.locator('form').filter({ has: field }).getByRole('button', { name, exact: true });
  return (await inForm.count()) > 0 ? inForm : page.getByRole('button', { name, exact: true });
}

export async function openServerTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Server', exact: true }).click();
}

export async function openCodesTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Codes', exact: true }).click();
}

/** The logged-out form's server picker (not the "Server" tab, which has the same name). */
export function serverPicker(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Server', exact: true });
}

/**
 * Adds a server profile from the Server tab and selects it. The address is on 127.0.0.1, which
 * the manifest declares, so the browser grants it without a prompt.
 */
export async function addServerProfile(page: Page, input: { kind: ServerKind; name: string; baseUrl: string }): Promise<void> {
  await openServerTab(page);
  await page.getByRole('button', { name: 'Add server…', exact: true }).click();
  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: input.kind });
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(input.name);
  await page.getByRole('textbox', { name: 'Server address', exact: true }).fill(input.baseUrl);
  await page.getByRole('button', { name: 'Save server', exact: true }).click();
  await selectServer(page, input.name);
}

/** Picks a profile in the logged-out form (Server tab). */
export async function selectServer(page: Page, name: string): Promise<void> {
  await openServerTab(page);
  const picker = serverPicker(page);
  await picker.getByRole('option', { name, exact: true }).waitFor({ state: 'attached', timeout: SERVER_STEP_TIMEOUT });
  await picker.selectOption({ label: name });
}

/** EMnify password login from the logged-out form of the selected profile. */
export async function submitPasswordLogin(page: Page, email: string, password: string): Promise<void> {
  await openServerTab(page);
  await page.getByRole('radio', { name: 'E-mail and password', exact: true }).check();
  await page.getByRole('textbox', { name: 'E-mail address', exact: true }).fill(email);
  await passwordInput(page, 'Password').fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
}

export function loggedInText(page: Page, email: string, profileName: string): Locator {
  return page.getByText(`Logged in as ${email} on ${profileName}`);
}

/** A password login that the server completes without asking for a code. */
export async function logIn(page: Page, email: string, password: string, profileName: string): Promise<void> {
  await submitPasswordLogin(page, email, password);
  await loggedInText(page, email, profileName).waitFor({ timeout: SERVER_STEP_TIMEOUT });
}

export async function logOut(page: Page): Promise<void> {
  await openServerTab(page);
  await page.getByRole('button', { name: 'Log out', exact: true }).click();
  await page.getByRole('button', { name: 'Log in', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
}

/**
 * From the logged-in view: creates a TOTP key on the server and stops on the enrolment screen,
 * where the seed is already in the vault but the key is not active yet.
 */
export async function createMfaKey(page: Page, password: string): Promise<void> {
  await openServerTab(page);
  await page.getByRole('button', { name: 'Enrol an authenticator key', exact: true }).click();
  await page.getByRole('heading', { name: 'Enrol an authenticator key', exact: true }).waitFor();
  await page
    .getByRole('combobox', { name: 'Key type', exact: true })
    .selectOption({ label: 'Time-Based One-Time Password' }, { timeout: SERVER_STEP_TIMEOUT });
  await passwordInput(page, 'Your password').fill(password);
  await page.getByRole('button', { name: 'Create key', exact: true }).click();
  await page.getByRole('heading', { name: 'Finish enrolment', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
}

/** On the enrolment screen: activates the key with a code of the seed the vault holds. */
export async function activateWithVaultCode(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Activate with the code from this vault', exact: true }).click();
  await statusNotice(page, /^Key activated: .+ is in your codes\.$/).waitFor({ timeout: FRESH_CODE_TIMEOUT });
}

/** A notice (role=status) with this text; the codes' <output>s are status elements too. */
export function statusNotice(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/**
 * The accessible name of the one account row whose name contains `text` (the account's user
 * name), whatever issuer the extension gave it: the name `expectCodeMatchesOathtool` needs.
 */
export async function accountRowName(page: Page, text: string): Promise<string> {
  const row = page.getByRole('listitem').filter({ hasText: text });
  await row.waitFor({ timeout: SERVER_STEP_TIMEOUT });
  const name = await row.getAttribute('aria-label');
  if (!name) throw new Error(`The account row for ${text} has no accessible name.`);
  return name;
}

export function unfinishedEnrolments(page: Page): Locator {
  return page.getByRole('region', { name: 'Unfinished enrolment', exact: true });
}
