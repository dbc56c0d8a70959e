// Steps of the popup's Server tab in Firefox, as the Chromium suite takes them
// (support/server-popup.ts), found by role and accessible name.
import type { Page } from 'puppeteer-core';
import { FRESH_CODE_TIMEOUT, SERVER_STEP_TIMEOUT } from '../server-timeouts';
import { byLabel, byRole, byText, statusNotice, type PageElement } from './page-elements';

export type ServerKind = 'EMnify' | 'Amadis';

export async function openServerTab(page: Page): Promise<void> {
  await byRole(page, 'tab', 'Server').click();
}

/** The logged-out form's server picker (not the "Server" tab, which has the same name). */
export function serverPicker(page: Page): PageElement {
  return byRole(page, 'combobox', 'Server');
}

/** Adds a server profile from the Server tab (saving asks the browser for its host) and selects it. */
export async function addServerProfile(page: Page, input: { kind: ServerKind; name: string; baseUrl: string }): Promise<void> {
  await openServerTab(page);
  await byRole(page, 'button', 'Add server…').click();
  await byRole(page, 'combobox', 'Kind').selectOption(input.kind);
  await byRole(page, 'textbox', 'Name').fill(input.name);
  await byRole(page, 'textbox', 'Server address').fill(input.baseUrl);
  await byRole(page, 'button', 'Save server').click();
  await selectServer(page, input.name);
}

/** Picks a profile in the logged-out form (Server tab). */
export async function selectServer(page: Page, name: string): Promise<void> {
  await openServerTab(page);
  await serverPicker(page).selectOption(name, SERVER_STEP_TIMEOUT);
}

/** EMnify password login from the logged-out form of the selected profile. */
export async function submitPasswordLogin(page: Page, email: string, password: string): Promise<void> {
  await openServerTab(page);
  await byRole(page, 'radio', 'E-mail and password').check();
  await byRole(page, 'textbox', 'E-mail address').fill(email);
  await byLabel(page, 'Password', 'password').fill(password);
  await byRole(page, 'button', 'Log in').click();
}

export function loggedInText(page: Page, email: string, profileName: string): PageElement {
  return byText(page, `Logged in as ${email} on ${profileName}`);
}

/** A password login that the server completes without asking for a code. */
export async function logIn(page: Page, email: string, password: string, profileName: string): Promise<void> {
  await submitPasswordLogin(page, email, password);
  await loggedInText(page, email, profileName).waitFor(SERVER_STEP_TIMEOUT);
}

export async function logOut(page: Page): Promise<void> {
  await openServerTab(page);
  await byRole(page, 'button', 'Log out').click();
  await byRole(page, 'button', 'Log in').waitFor(SERVER_STEP_TIMEOUT);
}

/** The second step of a login: the server asks for a code. */
export async function twoStepVerification(page: Page): Promise<void> {
  await byRole(page, 'heading', 'Two-step verification').waitFor(SERVER_STEP_TIMEOUT);
}

/**
 * From the logged-in view: creates a TOTP key on the server and stops on the enrolment screen,
 * where the seed is already in the vault but the key is not active yet.
 */
export async function createMfaKey(page: Page, password: string): Promise<void> {
  await openServerTab(page);
  await byRole(page, 'button', 'Enrol an authenticator key').click();
  await byRole(page, 'heading', 'Enrol an authenticator key').waitFor();
  await byRole(page, 'combobox', 'Key type').selectOption('Time-Based One-Time Password', SERVER_STEP_TIMEOUT);
  await byLabel(page, 'Your password', 'password').fill(password);
  await byRole(page, 'button', 'Create key').click();
  await byRole(page, 'heading', 'Finish enrolment').waitFor(SERVER_STEP_TIMEOUT);
}

/** On the enrolment screen: activates the key with a code of the seed the vault holds. */
export async function activateWithVaultCode(page: Page): Promise<void> {
  await byRole(page, 'button', 'Activate with the code from this vault').click();
  await statusNotice(page, /^Key activated: .+ is in your codes\.$/).waitFor(FRESH_CODE_TIMEOUT);
}

/**
 * The accessible name of the one account row whose name contains `text` (the account's user
 * name), whatever issuer the extension gave it.
 */
export async function accountRowName(page: Page, text: string): Promise<string> {
  const name = await byRole(page, 'listitem').withText(text).attribute('aria-label');
  if (!name) throw new Error(`The account row for ${text} has no accessible name.`);
  return name;
}

export function unfinishedEnrolments(page: Page): PageElement {
  return byRole(page, 'region', 'Unfinished enrolment');
}
