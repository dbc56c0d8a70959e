import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROME_PATH } from './support/browser';
import {
  CORPUS_PAGES,
  bundleDetector,
  detectIn,
  fillIn,
  openCorpusPage,
  pageState,
  reportFields,
  serveCorpus,
  type CorpusServer,
} from '../fixtures/autofill/corpus';
import type { FillRefusal } from '../../lib/autofill/content-protocol';

const CODE = '492039';

// Field detection and filling over the corpus of 2FA pages, in real Chromium: layout, hit testing,
// shadow DOM and the pages' own scripts (React's value tracker, auto-advancing boxes) are real.
describe('autofill detection over the fixture corpus', () => {
  let browser: Browser;
  let corpus: CorpusServer;
  let detector: string;

  beforeAll(async () => {
    if (!existsSync(CHROME_PATH)) {
      throw new Error(`No Chromium at ${CHROME_PATH}: install it with "apt-get install chromium" or set CHROME_PATH.`);
    }
    [detector, corpus, browser] = await Promise.all([
      bundleDetector(),
      serveCorpus(),
      chromium.launch({ executablePath: CHROME_PATH, headless: true, args: ['--no-sandbox'] }),
    ]);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await corpus?.close();
  });

  async function open(name: string) {
    const page = await browser.newPage();
    return { page, expectations: await openCorpusPage(page, corpus.base, name, detector) };
  }

  it('has a corpus with expectations on every page', () => {
    expect(CORPUS_PAGES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CORPUS_PAGES)('%s: the expected field gets the code, no decoy gets anything', async (name) => {
    const { page, expectations } = await open(name);
    try {
      const detected = await detectIn(page, expectations.waitMs);
      const { boxes, refused } = expectations;
      expect(detected).toEqual({ found: boxes > 0, boxes, ...(refused !== undefined && { refused }) });

      const reply = await fillIn(page, CODE);
      expect(reply.filled).toBe(expectations.boxes > 0);
      const fields = await reportFields(page);
      const expected = fields.filter((field) => field.expected);
      expect(expected).toHaveLength(expectations.boxes);
      const digits = expectations.boxes > 1 ? [...CODE] : [CODE];
      expected.forEach((field, index) => {
        expect(field.value).toBe(digits[index]);
        // The page heard it as typing: an input event, then a change event, on that very field.
        expect(field.events).toEqual(['input', 'change']);
      });
      for (const field of fields.filter((candidate) => !candidate.expected)) {
        expect({ name: field.name, value: field.value, events: field.events }).toEqual({
          name: field.name,
          value: field.initialValue,
          events: [],
        });
      }
      expect(fields.some((field) => field.decoy || field.expected)).toBe(true);
      const state = await pageState(page);
      if (state !== undefined) expect(state).toBe(CODE);
    } finally {
      await page.close();
    }
  });

  it('the React imitation is faithful: a plain value assignment is lost, the native setter is not', async () => {
    const { page } = await open('react-controlled.html');
    try {
      await page.locator('#code').evaluate((input: HTMLInputElement) => {
        input.value = '111111';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      expect(await page.locator('#code').inputValue()).toBe('');
      expect(await pageState(page)).toBe('');

      await detectIn(page, 0);
      expect(await fillIn(page, CODE)).toEqual({ filled: true });
      expect(await page.locator('#code').inputValue()).toBe(CODE);
      expect(await pageState(page)).toBe(CODE);
    } finally {
      await page.close();
    }
  });

  it('waits for a late field only as long as it is asked to', async () => {
    const { page } = await open('late-insertion.html');
    try {
      expect(await detectIn(page, 0)).toEqual({ found: false, boxes: 0 });
      const started = Date.now();
      expect(await detectIn(page, 20_000)).toEqual({ found: true, boxes: 1 });
      // Found as it appeared (2 s after the page started), not at the end of the wait: a wide
      // margin either side, so that a slow machine cannot blur the two.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await page.close();
    }
  });

  // Each change made between detect and fill, and the reason the fill gives for refusing.
  const changes: [string, FillRefusal, (input: HTMLInputElement) => void][] = [
    ['hidden', 'hidden', (input) => (input.style.display = 'none')],
    ['made transparent', 'hidden', (input) => (input.style.opacity = '0')],
    ['faded out by a filter on its form', 'hidden', (input) => (input.form!.style.filter = 'opacity(0.05)')],
    [
      'given transparent text and no border',
      'hidden',
      (input) => Object.assign(input.style, { color: 'transparent', border: 'none', background: 'none' }),
    ],
    ['removed', 'gone', (input) => input.remove()],
    ['disabled', 'gone', (input) => (input.disabled = true)],
    [
      'covered by a transparent overlay',
      'covered',
      (input) => {
        const veil = document.createElement('div');
        const rect = input.getBoundingClientRect();
        Object.assign(veil.style, {
          position: 'fixed', left: `${rect.left - 5}px`, top: `${rect.top - 5}px`,
          width: `${rect.width + 10}px`, height: `${rect.height + 10}px`, opacity: '0',
        });
        document.body.append(veil);
      },
    ],
    [
      'hidden under an opaque layer that lets clicks through',
      'covered',
      (input) => {
        const layer = document.createElement('div');
        const rect = input.getBoundingClientRect();
        Object.assign(layer.style, {
          position: 'fixed', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`,
          height: `${rect.height}px`, background: 'white', pointerEvents: 'none',
        });
        document.body.append(layer);
      },
    ],
  ];

  it.each(changes)('a field %s after detect gets nothing, and the fill says why', async (_, reason, change) => {
    const { page } = await open('single-field.html');
    try {
      expect(await detectIn(page, 0)).toEqual({ found: true, boxes: 1 });
      await page.locator('#app_totp').evaluate(change);
      expect(await fillIn(page, CODE)).toEqual({ filled: false, reason });
      const fields = await reportFields(page);
      expect(fields.every((field) => field.value === field.initialValue && field.events.length === 0)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('refuses a code that does not fit the boxes, and a fill without a detect', async () => {
    const { page } = await open('split-six.html');
    try {
      expect(await fillIn(page, CODE)).toEqual({ filled: false, reason: 'no-field' });
      await detectIn(page, 0);
      expect(await fillIn(page, '12345678')).toEqual({ filled: false, reason: 'misfit' });
      expect((await reportFields(page)).every((field) => field.value === field.initialValue)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('one detect, one fill: a second fill must look at the page again', async () => {
    const { page } = await open('single-field.html');
    try {
      await detectIn(page, 0);
      expect(await fillIn(page, CODE)).toEqual({ filled: true });
      expect(await fillIn(page, '123456')).toEqual({ filled: false, reason: 'no-field' });
      expect(await page.locator('#app_totp').inputValue()).toBe(CODE);
    } finally {
      await page.close();
    }
  });
});
