// What the background's size costs when its service worker starts, which it does whenever the
// browser stopped it (after 30 s idle) and a popup, a shortcut or an alarm needs it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_PATH, EXTENSION_DIR, type ExtensionSession } from '../../test/e2e/support/browser';
import { stopServiceWorker } from '../../test/e2e/support/service-worker';
import { timeMessages } from './extension-driver';
import type { ResultRow } from './report';
import { summarize } from './stats';

const STARTER = 'bench-worker-start.js';
const INERT = 'bench-inert-copy.js';
const EMPTY = 'bench-empty.js';

/**
 * Time from stopping the worker to the answer of its first message: a fresh start. `vault.status`
 * needs no vault; the popup's opening request with the vault unlocked also reads and decrypts it.
 */
export async function measureRestartToAnswer(
  session: ExtensionSession,
  driver: Page,
  runs: number,
  message: [string, unknown] = ['vault.status', {}],
  with_ = '',
): Promise<ResultRow> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await stopServiceWorker(session.context, driver);
    samples.push((await timeMessages(driver, [message]))[0]!);
  }
  return { what: `worker start: stopped worker → first answer (${message[0]}${with_ ? `, ${with_}` : ''})`, unit: 'ms', value: summarize(samples) };
}

export function gzipKB(source: string | Buffer): number {
  return gzipSync(source, { level: 9 }).length / 1024;
}

/**
 * The worker script of the timing copy: it evaluates an empty file, an uncalled copy of the
 * background (inert code the size of the real one) and the real background, in that order, and
 * keeps how long each took. importScripts evaluates synchronously, so the differences of
 * performance.now() are each script's fetch from the package, compile and top-level run.
 */
const starter = `const t = [performance.now()];
importScripts('/${EMPTY}'); t.push(performance.now());
importScripts('/${INERT}'); t.push(performance.now());
importScripts('/background.js'); t.push(performance.now());
self.__benchStart = { origin: performance.timeOrigin, empty: t[1] - t[0], inert: t[2] - t[1], background: t[3] - t[2] };
`;

interface StartTimes {
  /** Tells one start from the next. */
  origin: number;
  empty: number;
  inert: number;
  background: number;
}

async function startTimes(context: BrowserContext, previous?: StartTimes): Promise<StartTimes> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const worker = context.serviceWorkers().at(-1);
    const times = await worker?.evaluate(() => (self as unknown as { __benchStart?: StartTimes }).__benchStart).catch(() => undefined);
    if (times && times.origin !== previous?.origin) return times;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The timing copy of the worker did not report its start.');
}

/**
 * Starts a copy of the built extension whose worker times its own scripts, `runs` times after a
 * stop each, and relates the times to the scripts' gzipped size in two ways:
 * - the real background's evaluation divided by its size: the average cost of a KB of it,
 *   top-level work included (a KB more of the same kind of code costs about this much);
 * - an uncalled copy of the background, less an empty script: what a KB costs when the code only
 *   has to be loaded and parsed (V8 compiles a function when it is first called), the lower bound.
 */
export async function measureScriptEvaluation(runs: number): Promise<ResultRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'otp-bench-worker-'));
  const copy = join(dir, 'chrome-mv3');
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const manifestFile = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { background: { service_worker: string } };
  const background = readFileSync(join(copy, manifest.background.service_worker), 'utf8');
  const inert = `self.__benchInert = function () {\n${background}\n};\n`;
  writeFileSync(join(copy, EMPTY), '');
  writeFileSync(join(copy, INERT), inert);
  writeFileSync(join(copy, STARTER), starter);
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, background: { service_worker: STARTER } }));

  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROME_PATH,
    headless: true,
    args: [`--disable-extensions-except=${copy}`, `--load-extension=${copy}`, '--no-sandbox', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const samples: StartTimes[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const driver = await context.newPage();
    await driver.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    let previous = await startTimes(context);
    for (let i = 0; i < runs; i++) {
      await stopServiceWorker(context, driver);
      await timeMessages(driver, [['vault.status', {}]]);
      previous = await startTimes(context, previous);
      samples.push(previous);
    }
  } finally {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
  const backgroundKB = gzipKB(background);
  const inertKB = gzipKB(inert);
  const evaluation = summarize(samples.map((s) => s.background));
  return [
    { what: `worker start: background.js evaluation (${backgroundKB.toFixed(1)} KB gzip)`, unit: 'ms', value: evaluation },
    {
      what: 'worker start per gzip KB of background.js (its evaluation ÷ its size, average)',
      unit: 'msPerKB',
      value: summarize(samples.map((s) => s.background / backgroundKB)),
    },
    {
      what: 'worker start per gzip KB of uncalled code (a copy of background.js, less an empty script)',
      unit: 'msPerKB',
      value: summarize(samples.map((s) => (s.inert - s.empty) / inertKB)),
    },
  ];
}
