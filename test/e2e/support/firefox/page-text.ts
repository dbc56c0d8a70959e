// The text a page shows, matched as a user reads it: whitespace runs as one space, none at either
// end. The matching runs in the page, so it travels there as plain data (a RegExp does not).
import { ElementHandle, type Page } from 'puppeteer-core';

export interface TextMatch {
  source: string;
  flags: string;
  /** A plain string matches when the text contains it; a RegExp's source when it matches. */
  literal: boolean;
}

export function textMatch(text: string | RegExp): TextMatch {
  return typeof text === 'string'
    ? { source: text, flags: '', literal: true }
    : { source: text.source, flags: text.flags, literal: false };
}

/** The element's text as shown, and whether it matches (run in the page). */
export function elementText(element: Element, match: TextMatch | null): { text: string; matches: boolean } {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!match) return { text, matches: true };
  return { text, matches: match.literal ? text.includes(match.source) : new RegExp(match.source, match.flags).test(text) };
}

/** The visible elements whose text matches, innermost only (not every ancestor of the text too). */
export async function elementsWithText(within: Page | ElementHandle<Element>, match: TextMatch): Promise<ElementHandle<Element>[]> {
  const root = within instanceof ElementHandle ? within : await within.$('body');
  if (!root) return [];
  const found = await root.evaluateHandle((start, { source, flags, literal }: TextMatch) => {
    const regex = new RegExp(source, flags);
    const matches = (element: Element) => {
      const shown = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      return literal ? shown.includes(source) : regex.test(shown);
    };
    return [start, ...start.querySelectorAll('*')].filter(
      (element) => matches(element) && element.checkVisibility() && ![...element.children].some(matches),
    );
  }, match);
  if (root !== within) await root.dispose();
  const properties = await found.getProperties();
  await found.dispose();
  return [...properties.values()].flatMap((property) => {
    const element = property.asElement();
    return element ? [element as ElementHandle<Element>] : [];
  });
}
