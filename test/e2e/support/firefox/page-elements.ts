// Elements of a page found as a user (or a screen reader) finds them: by role and accessible name,
// by label, by the text shown. The role and name come from Firefox's own accessibility tree
// (WebDriver BiDi's accessibility locator, which puppeteer's "aria/" selector uses). A PageElement
// is a description, looked up again at every use (the pages re-render), like a playwright Locator;
// it knows the few actions the Firefox suite needs.
import type { ElementHandle, Page } from 'puppeteer-core';
import { elementText, elementsWithText, textMatch } from './page-text';
import { STEP_TIMEOUT, waitUntil } from './wait';

type Handles = ElementHandle<Element>[];
type Finder = (within: Page | ElementHandle<Element>) => Promise<Handles>;

async function dispose(handles: Handles): Promise<void> {
  await Promise.all(handles.map((handle) => handle.dispose().catch(() => undefined)));
}

/** An attribute of puppeteer's ARIA selector, quoted with whichever quote the value does not hold. */
function ariaAttribute(name: string, value: string): string {
  const quote = value.includes('"') ? "'" : '"';
  if (value.includes(quote)) throw new Error(`An accessible name with both kinds of quotes cannot be looked up: ${value}`);
  return `[${name}=${quote}${value}${quote}]`;
}

export class PageElement {
  /** What it is, for the messages of failed waits ("the button "Save" in the region "Backup""). */
  readonly description: string;

  constructor(
    readonly page: Page,
    private readonly ownDescription: string,
    private readonly finder: Finder,
    private readonly parent?: PageElement,
  ) {
    this.description = parent ? `${ownDescription} in ${parent.description}` : ownDescription;
  }

  /** Every element that matches now (the caller disposes of them). */
  async all(): Promise<Handles> {
    if (!this.parent) return this.finder(this.page);
    const parents = await this.parent.all();
    try {
      if (parents.length !== 1) return [];
      return await this.finder(parents[0]!);
    } finally {
      await dispose(parents);
    }
  }

  async count(): Promise<number> {
    const handles = await this.all();
    await dispose(handles);
    return handles.length;
  }

  /** The one element that matches, once there is one. Several are an error, as a vague test would be. */
  async handle(timeout = STEP_TIMEOUT): Promise<ElementHandle<Element>> {
    const handles = await waitUntil(this.description, () => this.all(), (found) => found.length > 0, timeout);
    if (handles.length > 1) {
      await dispose(handles);
      throw new Error(`${handles.length} elements match ${this.description}; expected one.`);
    }
    return handles[0]!;
  }

  private async use<T>(action: (handle: ElementHandle<Element>) => Promise<T>, timeout?: number): Promise<T> {
    const handle = await this.handle(timeout);
    try {
      return await action(handle);
    } finally {
      await handle.dispose().catch(() => undefined);
    }
  }

  async waitFor(timeout = STEP_TIMEOUT): Promise<void> {
    await this.use(async () => undefined, timeout);
  }

  async waitForGone(timeout = STEP_TIMEOUT): Promise<void> {
    await waitUntil(`${this.description} to go`, () => this.count(), (count) => count === 0, timeout);
  }

  /** Within this element (the one that matches). */
  role(role: string, name?: string): PageElement {
    return byRole(this.page, role, name, this);
  }

  label(label: string, type?: string): PageElement {
    return byLabel(this.page, label, type, this);
  }

  text(text: string | RegExp): PageElement {
    return byText(this.page, text, this);
  }

  /** Those of the matching elements whose text contains `text` (or matches it). */
  withText(text: string | RegExp): PageElement {
    const match = textMatch(text);
    return new PageElement(this.page, `${this.ownDescription} with text ${String(text)}`, async (within) => {
      const handles = await this.finder(within);
      const kept: Handles = [];
      for (const handle of handles) {
        const { matches } = await handle.evaluate(elementText, match);
        if (matches) kept.push(handle);
        else await handle.dispose();
      }
      return kept;
    }, this.parent);
  }

  /** Those of the matching elements that hold an element with this role and name (a row by its header). */
  holding(role: string, name: string): PageElement {
    const inner = byRole(this.page, role, name);
    return new PageElement(this.page, `${this.ownDescription} holding ${inner.description}`, async (within) => {
      const handles = await this.finder(within);
      const kept: Handles = [];
      for (const handle of handles) {
        const found = await inner.finder(handle);
        await dispose(found);
        if (found.length > 0) kept.push(handle);
        else await handle.dispose();
      }
      return kept;
    }, this.parent);
  }

  /** The element's text, whitespace runs as one space. */
  async textContent(): Promise<string> {
    return (await this.use((handle) => handle.evaluate(elementText, null))).text;
  }

  /** The text of every matching element, in document order. */
  async allTextContents(): Promise<string[]> {
    const handles = await this.all();
    try {
      return await Promise.all(handles.map(async (handle) => (await handle.evaluate(elementText, null)).text));
    } finally {
      await dispose(handles);
    }
  }

  value(): Promise<string> {
    return this.use((handle) => handle.evaluate((element) => (element as HTMLInputElement).value));
  }

  attribute(name: string): Promise<string | null> {
    return this.use((handle) => handle.evaluate((element, attribute) => element.getAttribute(attribute), name));
  }

  isDisabled(): Promise<boolean> {
    return this.use((handle) => handle.evaluate((element) => (element as HTMLButtonElement).disabled === true));
  }

  /** Clicks it with the mouse, once it is enabled: a real click, which counts as the user's gesture. */
  async click(timeout = STEP_TIMEOUT): Promise<void> {
    await waitUntil(`${this.description} to be enabled`, () => this.isDisabled(), (disabled) => !disabled, timeout);
    await this.use((handle) => handle.click());
  }

  /** Replaces the field's text by typing, as a user does: select all (Ctrl+A, Linux), delete, type. */
  async fill(text: string): Promise<void> {
    await this.use(async (handle) => {
      await handle.focus();
      const { keyboard } = this.page;
      await keyboard.down('Control');
      await keyboard.press('a');
      await keyboard.up('Control');
      await keyboard.press('Backspace');
      if (text !== '') await keyboard.type(text);
    });
    const typed = await this.value();
    if (typed !== text) throw new Error(`${this.description} holds ${JSON.stringify(typed)} after typing ${JSON.stringify(text)}.`);
  }

  /** Ticks a checkbox or picks a radio button (a click), unless it already is. */
  async check(): Promise<void> {
    const checked = () => this.use((handle) => handle.evaluate((element) => (element as HTMLInputElement).checked));
    if (!(await checked())) await this.click();
    await waitUntil(`${this.description} to be checked`, checked, (value) => value);
  }

  /** Picks the option shown as `label` in a <select>, once the select has it (and only one such). */
  async selectOption(label: string, timeout = STEP_TIMEOUT): Promise<void> {
    const valuesOf = () =>
      this.use((handle) =>
        handle.evaluate(
          (select, wanted) =>
            [...(select as HTMLSelectElement).options].filter((option) => option.label === wanted).map((option) => option.value),
          label,
        ),
      );
    const values = await waitUntil(`the option ${label} of ${this.description}`, valuesOf, (found) => found.length > 0, timeout);
    if (values.length > 1) throw new Error(`${values.length} options of ${this.description} are shown as ${label}; expected one.`);
    await this.use((handle) => (handle as ElementHandle<HTMLSelectElement>).select(values[0]!));
  }

  /** Chooses files for an <input type="file">. */
  async setFiles(paths: string[]): Promise<void> {
    await this.use((handle) => (handle as ElementHandle<HTMLInputElement>).uploadFile(...paths));
  }
}

/** ARIA roles that Firefox's accessibility tree names otherwise: ARIA 1.3's synonym for img. */
const FIREFOX_ROLE_NAMES: Record<string, string> = { img: 'image' };

/**
 * The elements with this ARIA role and, when given, exactly this accessible name. Only what the
 * accessibility tree holds is found: hidden elements are not.
 */
export function byRole(page: Page, role: string, name?: string, parent?: PageElement): PageElement {
  const treeRole = FIREFOX_ROLE_NAMES[role] ?? role;
  const selector = `aria/${name === undefined ? '' : ariaAttribute('name', name)}${ariaAttribute('role', treeRole)}`;
  const description = `the ${role}${name === undefined ? '' : ` "${name}"`}`;
  return new PageElement(page, description, (within) => within.$$(selector), parent);
}

/**
 * The element labelled `label`, an input of type `type` when given: the control of a <label> with
 * that text (Firefox's accessibility tree leaves some, such as a file input, without the label's
 * name), or an element with that accessible name (aria-label, aria-labelledby).
 */
export function byLabel(page: Page, label: string, type?: string, parent?: PageElement): PageElement {
  const selector = `aria/${ariaAttribute('name', label)}`;
  return new PageElement(
    page,
    `the ${type ? `${type} input` : 'element'} labelled "${label}"`,
    async (within) => {
      const named = await within.$$(selector);
      const candidates: Handles = [];
      for (const handle of named) {
        const target = await handle.evaluateHandle((element) => (element instanceof HTMLLabelElement ? element.control : element));
        await handle.dispose();
        const element = target.asElement() as ElementHandle<Element> | null;
        if (element) candidates.push(element);
        else await target.dispose();
      }
      if (candidates.length === 0) return [];
      // A control is found twice when both it and its <label> have the name; and kept if of the type.
      const keep = await page.evaluate(
        (inputType, ...elements) =>
          elements.map(
            (element, index) =>
              elements.indexOf(element) === index &&
              (inputType === null || (element instanceof HTMLInputElement && element.type === inputType)),
          ),
        type ?? null,
        ...candidates,
      );
      const labelled = candidates.filter((_, index) => keep[index]);
      await dispose(candidates.filter((_, index) => !keep[index]));
      return labelled;
    },
    parent,
  );
}

/** The innermost visible elements whose text contains `text` (or matches the RegExp). */
export function byText(page: Page, text: string | RegExp, parent?: PageElement): PageElement {
  const match = textMatch(text);
  return new PageElement(page, `the text ${String(text)}`, (within) => elementsWithText(within, match), parent);
}

/** A notice (role=status) showing this text; the codes' <output>s are status elements too. */
export function statusNotice(page: Page, text: string | RegExp): PageElement {
  return byRole(page, 'status').withText(text);
}
