import type { Locator } from 'playwright-core';

/**
 * Whether the elements come in this order in the document: the order a screen reader reads them
 * and the Tab key reaches them, whatever the layout draws.
 */
export async function inDocumentOrder(...locators: Locator[]): Promise<boolean> {
  const handles = await Promise.all(locators.map((locator) => locator.elementHandle()));
  for (let i = 1; i < handles.length; i += 1) {
    const [before, after] = [handles[i - 1]!, handles[i]!];
    const follows = await before.evaluate(
      (a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      after,
    );
    if (!follows) return false;
  }
  return true;
}
