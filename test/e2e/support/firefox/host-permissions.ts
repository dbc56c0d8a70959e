// The extension's host permissions, read, taken back and granted again from one of its own pages,
// as the user would in the add-on's permissions in about:addons. Firefox treats an MV3 add-on's
// host_permissions as the user's to grant or withdraw at any time.
import type { Page } from 'puppeteer-core';
import { byRole } from './page-elements';
import { waitUntil } from './wait';

type Permissions = {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
    request(permissions: { origins: string[] }): Promise<boolean>;
  };
};

const GRANT_BUTTON = 'Test: grant host permission';

/** The host permissions the extension holds now (match patterns); `page` is one of its pages. */
export function grantedHosts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { permissions } = (globalThis as unknown as { browser: Permissions }).browser;
    return (await permissions.getAll()).origins ?? [];
  });
}

/** Takes a host permission back (no gesture needed to give one up). */
export async function removeHostPermission(page: Page, pattern: string): Promise<void> {
  const removed = await page.evaluate(async (origin) => {
    const { permissions } = (globalThis as unknown as { browser: Permissions }).browser;
    return permissions.remove({ origins: [origin] });
  }, pattern);
  if (!removed) throw new Error(`Firefox did not remove the host permission ${pattern}.`);
}

/**
 * Grants a host permission through permissions.request(), which Firefox answers only during a
 * user's gesture: a button is put in the extension page and clicked with the mouse. The session's
 * preferences stand for the user's "Allow" in the prompt (see firefox-session.ts).
 */
export async function grantHostPermission(page: Page, pattern: string): Promise<void> {
  await page.evaluate(
    (label, origin) => {
      const { permissions } = (globalThis as unknown as { browser: Permissions }).browser;
      const button = document.createElement('button');
      button.textContent = label;
      button.addEventListener('click', () => {
        permissions.request({ origins: [origin] }).then(
          (granted) => (button.dataset.outcome = String(granted)),
          (error: Error) => (button.dataset.outcome = error.message),
        );
      });
      document.body.prepend(button);
    },
    GRANT_BUTTON,
    pattern,
  );
  const button = byRole(page, 'button', GRANT_BUTTON);
  await button.click();
  const outcome = await waitUntil(`the answer to the request for ${pattern}`, () => button.attribute('data-outcome'), (value) => value !== null);
  await page.evaluate((label) => [...document.querySelectorAll('button')].find((b) => b.textContent === label)?.remove(), GRANT_BUTTON);
  if (outcome !== 'true') throw new Error(`Firefox did not grant ${pattern}: ${outcome}`);
}
