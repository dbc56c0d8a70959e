// Firefox, field detection and filling over the fixture corpus: the same pages and expectations as
// the Chromium run (test/e2e/autofill-detection.e2e.ts), with Gecko's layout, hit testing, styles
// and visibility checks. The detector is bundled and loaded into each page as the content script
// runs it; no extension is needed for this.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DetectReply, FillReply } from '../../../lib/autofill/content-protocol';
import { CORPUS_PAGES, bundleDetector, serveCorpus, type CorpusServer } from '../../fixtures/autofill/corpus';
import { FIREFOX_PATH } from '../support/firefox/firefox-session';

const CODE = '492039';

interface CorpusRun {
  expected: { boxes: number; waitMs: number; refused?: string };
  detected: DetectReply;
  filled: FillReply;
  /** Every input in page order (open shadow roots included), after the fill. */
  fields: { name: string; expected: boolean; changed: boolean; value: string; events: string[] }[];
}

/** Runs a detect and a fill in the page, as the content script would, and reports every field. */
function runCorpusPage(page: Page, detector: string): Promise<CorpusRun> {
  return page.evaluate(async (script: string, code: string) => {
    const seen = new Map<EventTarget, string[]>();
    for (const type of ['input', 'change']) {
      window.addEventListener(type, (event) => {
        const target = event.composedPath()[0]!;
        seen.set(target, [...(seen.get(target) ?? []), type]);
      }, true);
    }
    // A classic script, as the content script is: it defines otpAutofill on the page's window.
    const tag = document.createElement('script');
    tag.textContent = script;
    document.head.append(tag);
    type Session = { detect(waitMs: number): Promise<DetectReply>; fill(code: string): FillReply };
    const { otpAutofill } = window as unknown as { otpAutofill: { createAutofillSession(): Session } };
    const html = document.documentElement;
    const expected = {
      boxes: Number(html.dataset.expectBoxes),
      waitMs: Number(html.dataset.waitMs ?? 0),
      ...(html.dataset.expectRefused !== undefined && { refused: html.dataset.expectRefused }),
    };
    const session = otpAutofill.createAutofillSession();
    const detected = await session.detect(expected.waitMs);
    const filled = session.fill(code);
    const inputs: HTMLInputElement[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLInputElement) inputs.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    const fields = inputs.map((input) => {
      const ticks = input.type === 'checkbox' || input.type === 'radio';
      return {
        name: input.name || input.getAttribute('aria-label') || input.id || input.type,
        expected: input.dataset.expected === 'otp',
        changed: ticks ? input.checked !== input.defaultChecked : input.value !== input.defaultValue,
        value: input.value,
        events: seen.get(input) ?? [],
      };
    });
    return { expected, detected: JSON.parse(JSON.stringify(detected)), filled, fields };
  }, detector, CODE);
}

describe('Firefox: autofill detection over the fixture corpus', () => {
  let browser: Browser;
  let corpus: CorpusServer;
  let detector: string;
  let profile: string;

  beforeAll(async () => {
    if (!existsSync(FIREFOX_PATH)) {
      throw new Error(`No Firefox at ${FIREFOX_PATH}: install it with "apt-get install firefox-esr" or set FIREFOX_PATH.`);
    }
    profile = mkdtempSync(join(tmpdir(), 'otp-e2e-firefox-corpus-'));
    [detector, corpus, browser] = await Promise.all([
      bundleDetector(),
      serveCorpus(),
      puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX_PATH, headless: true, userDataDir: profile }),
    ]);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await corpus?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it.each(CORPUS_PAGES)('%s: the expected field gets the code, no decoy gets anything', async (name) => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(`${corpus.base}/${name}`);
      const { expected, detected, filled, fields } = await runCorpusPage(page, detector);
      expect(detected).toEqual({ found: expected.boxes > 0, boxes: expected.boxes, ...(expected.refused && { refused: expected.refused }) });
      expect(filled.filled).toBe(expected.boxes > 0);
      const digits = expected.boxes > 1 ? [...CODE] : [CODE];
      const targets = fields.filter((field) => field.expected);
      expect(targets).toHaveLength(expected.boxes);
      targets.forEach((field, index) => expect({ value: field.value, events: field.events }).toEqual({ value: digits[index], events: ['input', 'change'] }));
      for (const field of fields.filter((candidate) => !candidate.expected)) {
        expect({ name: field.name, changed: field.changed, events: field.events }).toEqual({ name: field.name, changed: false, events: [] });
      }
    } finally {
      await page.close();
    }
  });
});
