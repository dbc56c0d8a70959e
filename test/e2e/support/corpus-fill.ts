// One corpus page through the real extension, as a user does it: the page opens in a new tab, the
// keyboard command is pressed, and every field of every frame (open shadow roots included) is
// read afterwards. The verdict follows the page's own marks (data-expected, data-page-state).
import type { Frame, Page } from 'playwright-core';
import { createOtpAccount, generateCode } from '../../../lib/otp';
import type { ExtensionSession } from './browser';
import { fillTabBadge, pressFillShortcut } from './autofill-browser';
import type { CorpusPage } from './corpus-manifest';

/** The fill waits up to 1.5 s for a late field; the rest is room for a loaded machine. */
const OUTCOME_TIMEOUT_MS = 8000;
/** After the first field changes, the time the rest of a row of boxes gets to follow. */
const SETTLE_MS = 400;

export interface CorpusVerdict {
  file: string;
  outcome: CorpusPage['outcome'];
  /** The expected fields got the code and nothing else got anything (or nothing was filled where nothing may be). */
  right: boolean;
  /** A field that must not get the code got something. */
  wrongFill: boolean;
  /** What happened, for the list of missed pages. */
  detail: string;
}

export interface FieldState {
  name: string;
  expected: boolean;
  touched: boolean;
  value: string;
}

export interface FrameReport {
  fields: FieldState[];
  pageState?: string;
}

type Recorder = { corpusTouched?: WeakSet<EventTarget> };

/** Runs in every frame before the page's scripts: notes each field that hears an input or change event. */
function recordTouchedFields(): void {
  const touched = new WeakSet<EventTarget>();
  (window as unknown as Recorder).corpusTouched = touched;
  for (const type of ['input', 'change']) {
    window.addEventListener(type, (event) => touched.add(event.composedPath()[0]!), true);
  }
}

function reportFrame(frame: Frame): Promise<FrameReport> {
  return frame.evaluate(() => {
    const touched = (window as unknown as Recorder).corpusTouched;
    const inputs: HTMLInputElement[] = [];
    // A loop, not a named helper: tsx (the bench) names functions with a helper the page lacks.
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLInputElement) inputs.push(element);
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    const fields = inputs.map((input) => {
      const ticks = input.type === 'checkbox' || input.type === 'radio';
      const changed = ticks ? input.checked !== input.defaultChecked : input.value !== input.defaultValue;
      return {
        name: input.name || input.id || input.getAttribute('aria-label') || input.type,
        expected: input.dataset.expected === 'otp',
        touched: changed || Boolean(touched?.has(input)),
        value: input.value,
      };
    });
    const state = document.querySelector('[data-page-state]');
    return state ? { fields, pageState: state.textContent ?? '' } : { fields };
  });
}

async function reportPage(page: Page): Promise<FrameReport[]> {
  const reports: FrameReport[] = [];
  // A frame may go away meanwhile; what is left of the page is what counts.
  for (const frame of page.frames()) reports.push(await reportFrame(frame).catch(() => ({ fields: [] })));
  return reports;
}

/** The codes the account may have shown while the fill ran (a period either side, for the edges). */
export async function codesBetween(secret: string, fromMs: number, toMs: number): Promise<Set<string>> {
  const account = createOtpAccount({ type: 'totp', issuer: 'Corpus', label: 'corpus', secret });
  const codes = new Set<string>();
  for (let at = fromMs - 30_000; at <= toMs + 30_000; at += 10_000) codes.add(await generateCode(account, at));
  return codes;
}

async function waitForOutcome(session: ExtensionSession, page: Page): Promise<'field changed' | 'badge' | 'no answer'> {
  const deadline = Date.now() + OUTCOME_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const reports = await reportPage(page);
    if (reports.some((report) => report.fields.some((field) => field.touched))) {
      await page.waitForTimeout(SETTLE_MS);
      return 'field changed';
    }
    // A badge ("copy": no field was found, the code was copied; "!": the fill failed) ends the fill.
    if ((await fillTabBadge(session)) !== '') return 'badge';
    await page.waitForTimeout(100);
  }
  return 'no answer';
}

/**
 * The verdict on one page. `boxes` is the page's own count of expected fields
 * (`<html data-expect-boxes>`): a page whose marks disagree with it is a broken fixture, not a miss.
 */
export function judge(entry: CorpusPage, boxes: number, reports: FrameReport[], codes: Set<string>, answer: string): CorpusVerdict {
  const fields = reports.flatMap((report) => report.fields);
  const expected = fields.filter((field) => field.expected);
  if (expected.length !== boxes || (boxes > 0) !== (entry.outcome === 'fill')) {
    throw new Error(`${entry.file}: ${expected.length} fields marked data-expected, the page expects ${boxes}, the manifest "${entry.outcome}".`);
  }
  const wrong = fields.filter((field) => !field.expected && field.touched);
  const base = { file: entry.file, outcome: entry.outcome, wrongFill: wrong.length > 0 };
  if (wrong.length > 0) {
    return { ...base, right: false, detail: `filled a field it must not: ${wrong.map((field) => field.name).join(', ')}` };
  }
  if (entry.outcome === 'nothing') {
    return { ...base, right: true, detail: 'nothing filled' };
  }
  const typed = expected.map((field) => field.value).join('');
  if (!expected.some((field) => field.touched)) return { ...base, right: false, detail: `nothing filled (${answer})` };
  if (!codes.has(typed)) return { ...base, right: false, detail: `the expected field(s) hold "${typed}", not the code` };
  const state = reports.find((report) => report.fields.some((field) => field.expected))?.pageState;
  if (state !== undefined && state !== typed) {
    return { ...base, right: false, detail: `the page's own state holds "${state}", not the code` };
  }
  return { ...base, right: true, detail: 'filled' };
}

/**
 * Opens `entry` on `origin` (an account for exactly this site is in the unlocked vault), presses
 * the fill shortcut and judges what the page got. `secret` is that account's Base32 secret.
 */
export async function fillCorpusPage(session: ExtensionSession, origin: string, entry: CorpusPage, secret: string): Promise<CorpusVerdict> {
  const page = await session.context.newPage();
  try {
    await page.addInitScript(recordTouchedFields);
    await page.goto(`${origin}/${entry.file}`);
    const started = Date.now();
    await pressFillShortcut(session, page);
    const answer = await waitForOutcome(session, page);
    const codes = await codesBetween(secret, started, Date.now());
    const boxes = Number(await page.locator('html').getAttribute('data-expect-boxes'));
    return judge(entry, boxes, await reportPage(page), codes, answer);
  } finally {
    await page.close();
  }
}

export interface CorpusScore {
  pages: number;
  right: number;
  wrongFills: number;
  missed: CorpusVerdict[];
}

export function scoreCorpus(verdicts: readonly CorpusVerdict[]): CorpusScore {
  return {
    pages: verdicts.length,
    right: verdicts.filter((verdict) => verdict.right).length,
    wrongFills: verdicts.filter((verdict) => verdict.wrongFill).length,
    missed: verdicts.filter((verdict) => !verdict.right),
  };
}
