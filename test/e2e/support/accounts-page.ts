// The management page's Accounts list as a user works it: rows named by their account, a primary
// Edit button, a "More actions" menu for the rest, and a handle per row to reorder by.
import type { Locator, Page } from 'playwright-core';

/** The names of the rows, top to bottom, as their row headers read ("Bank carol"). */
export function accountRowNames(page: Page): Promise<string[]> {
  return page.locator('tbody th[scope="row"] .names').evaluateAll((names) => names.map((name) => name.textContent ?? ''));
}

/** The row whose header reads `name` ("Bank carol"). */
export function accountRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The row's "More actions" button, by the account as sentences name it ("Bank (carol)"). */
export function moreActions(page: Page, account: string): Locator {
  return page.getByRole('button', { name: `More actions for ${account}`, exact: true });
}

/** Picks `item` ("Delete", "Move to top", "Reveal secret key…") from the row's menu, by mouse. */
export async function chooseFromMenu(page: Page, account: string, item: string): Promise<void> {
  await moreActions(page, account).click();
  await page.getByRole('menu', { name: `More actions for ${account}` }).getByRole('menuitem', { name: item, exact: true }).click();
}

/** The text of the list's polite live region (moves of the handle are announced there). */
export function reorderAnnouncement(page: Page): Promise<string | null> {
  return page.locator('.accounts [aria-live="polite"]').textContent();
}
