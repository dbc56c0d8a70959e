import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { encodeBase32 } from '../../lib/otp';
import type { AccountSummary } from '../../lib/protocol/protocol';
import { launchWithExtension, removeProfile, type ExtensionSession } from '../../test/e2e/support/browser';
import { BUDGETS } from './budgets';
import { CODES_VISIBLE_MARK } from '../../lib/ui/perf-marks';
import { FIRST_SCREEN_ROWS } from '../../lib/ui/layout';
import { measureKeyboardFill } from './autofill-bench';
import { addAccounts, openPopupUntil, send, timeMessages } from './extension-driver';
import { measureOpeningMessage, measureOpensAgainstFloor, type OpenTimes } from './floor-ratio';
import { aboveFloorRows, floorRatioRows, openingMessageRow, stageMedians } from './floor-rows';
import { pageHeapBytes, serviceWorkerHeapBytes } from './heap';
import type { ResultRow } from './report';
import { summarize } from './stats';
import { measureRestartToAnswer, measureScriptEvaluation } from './worker-startup';
import { measureColdOpens } from './cold-opens';
import { coldRows, keptView } from './cold-rows';

const PASSPHRASE = 'benchmark passphrase, not a secret';
/** The block-measured counts; 1,000 accounts are measured interleaved with the floor. */
const ACCOUNT_COUNTS = [1, 100] as const;
const LARGE_COUNT = 1000;
const WARM_UP_OPENS = 2;
const MEASURED_OPENS = 25;
/** Pairs of opens (floor, 1,000 accounts) for the ratio, and for the instrumented breakdown. */
const FLOOR_PAIRS = 60;
const BREAKDOWN_PAIRS = 20;
/** Pairs for the popup opened with nothing kept for it, against the same floor. */
const ASKING_PAIRS = 30;
const WARM_UP_PAIRS = 1;
const RESTART_RUNS = 10;
const EVALUATION_RUNS = 10;
const UNLOCK_RUNS = 7;
const CODE_RUNS = 10;
/** Pairs of cold opens (the popup, the cold floor) at each count of accounts. */
const COLD_PAIRS = 12;
/** About one popup's worth of rows: what "first codes" after unlock means. */
const FIRST_SCREEN = 12;

function randomUri(index: number): string {
  return `otpauth://totp/Bench%20${index}:user${index}%40example.com?secret=${encodeBase32(randomBytes(20))}&issuer=Bench%20${index}`;
}

async function measurePopupOpens(session: ExtensionSession, popupUrl: string, accounts: number): Promise<ResultRow[]> {
  const samples: number[] = [];
  let heap = 0;
  for (let i = 0; i < WARM_UP_OPENS + MEASURED_OPENS; i++) {
    const { page, ms } = await openPopupUntil(session.context, popupUrl, CODES_VISIBLE_MARK);
    if (i >= WARM_UP_OPENS) samples.push(ms);
    if (i === WARM_UP_OPENS + MEASURED_OPENS - 1) heap = await pageHeapBytes(session.context, page);
    await page.close();
  }
  const plural = accounts > 1 ? 's' : '';
  return [
    { what: `popup open → visible codes, ${accounts} account${plural}`, unit: 'ms', value: summarize(samples) },
    { what: `popup JS heap, ${accounts} account${plural}`, unit: 'bytes', value: summarize([heap]) },
  ];
}

/**
 * For bench/results.json: the median moment of each stage of an instrumented opening, and the
 * plain interleaved samples behind the ratio, in the order they were taken.
 */
interface OpeningStages {
  medians: Record<'floor' | 'codes', Partial<Record<keyof OpenTimes, number>>>;
  samples: Record<'floor' | 'codes', number[]>;
}

/**
 * 1,000 accounts against the floor (the same popup showing its unlock form: one message and a
 * small form; no popup that asks its background anything opens faster on this machine), opened
 * alternately: once plainly for the ratio and its budget, once instrumented for where the
 * difference goes. The instrumented opens stay out of the ratio.
 */
async function measureAgainstFloor(
  session: ExtensionSession,
  driver: Page,
  popupUrl: string,
): Promise<{ rows: ResultRow[]; stages: OpeningStages }> {
  const plain = await measureOpensAgainstFloor(session, driver, popupUrl, PASSPHRASE, { pairs: FLOOR_PAIRS, warmUpPairs: WARM_UP_PAIRS });
  // The same with nothing kept for the popup: the path that asks the background before painting.
  const asking = await measureOpensAgainstFloor(session, driver, popupUrl, PASSPHRASE, {
    pairs: ASKING_PAIRS,
    warmUpPairs: WARM_UP_PAIRS,
    withoutKeptScreen: true,
  });
  const instrumented = await measureOpensAgainstFloor(session, driver, popupUrl, PASSPHRASE, {
    pairs: BREAKDOWN_PAIRS,
    warmUpPairs: WARM_UP_PAIRS,
    instrument: true,
  });
  const trips = await measureOpeningMessage(driver, PASSPHRASE, BREAKDOWN_PAIRS);
  const { page } = await openPopupUntil(session.context, popupUrl, CODES_VISIBLE_MARK);
  const heap = await pageHeapBytes(session.context, page);
  await page.close();
  return {
    rows: [
      ...floorRatioRows(plain, BUDGETS.popupOpen1000OverFloor, BUDGETS.popupOpen1000OverFloorAim),
      ...floorRatioRows(asking, BUDGETS.popupOpen1000OverFloor, BUDGETS.popupOpen1000OverFloorAim, 'nothing kept (asks first)'),
      ...aboveFloorRows(instrumented),
      openingMessageRow(trips),
      { what: `popup JS heap, ${LARGE_COUNT} accounts`, unit: 'bytes', value: summarize([heap]), budget: BUDGETS.popupHeap1000Bytes },
    ],
    stages: {
      medians: { floor: stageMedians(instrumented.floor), codes: stageMedians(instrumented.codes) },
      samples: { floor: plain.floor.map((o) => o.visible), codes: plain.codes.map((o) => o.visible) },
    },
  };
}

/**
 * The same opens and unlocks once sync is on (its first cycle done, 1,000 accounts in
 * storage.sync): sync works after changes, never on the way to a popup's first screen or an
 * unlock's first codes, so the rows should match those with sync off within their spread.
 */
async function measureWithSyncOn(session: ExtensionSession, driver: Page, popupUrl: string): Promise<ResultRow[]> {
  await send(driver, 'sync.turnOn');
  const opens = await measureOpensAgainstFloor(session, driver, popupUrl, PASSPHRASE, { pairs: ASKING_PAIRS, warmUpPairs: WARM_UP_PAIRS });
  return [
    ...floorRatioRows(opens, BUDGETS.popupOpen1000OverFloor, BUDGETS.popupOpen1000OverFloorAim, 'sync on'),
    ...(await measureUnlock(driver, ', sync on')),
  ];
}

async function measureUnlock(driver: Page, how = ''): Promise<ResultRow[]> {
  const accounts = await send<AccountSummary[]>(driver, 'accounts.list');
  const firstScreen = accounts.slice(0, FIRST_SCREEN).map((a) => a.id);
  const unlock: number[] = [];
  const firstCodes: number[] = [];
  for (let i = 0; i < UNLOCK_RUNS; i++) {
    await send(driver, 'vault.lock');
    const [unlocked, , codes] = await timeMessages(driver, [
      ['vault.unlock', { passphrase: PASSPHRASE }],
      ['accounts.list', {}],
      ['codes.current', { ids: firstScreen }],
    ]);
    unlock.push(unlocked!);
    firstCodes.push(codes!);
  }
  return [
    { what: `unlock (KDF + unwrap)${how}`, unit: 'ms', value: summarize(unlock) },
    {
      what: `unlock → first codes, 1000 accounts${how}`,
      unit: 'ms',
      value: summarize(firstCodes),
      budget: BUDGETS.unlockMs,
    },
  ];
}

async function measureCodeGeneration(driver: Page): Promise<ResultRow> {
  const samples: number[] = [];
  for (let i = 0; i < CODE_RUNS; i++) samples.push((await timeMessages(driver, [['codes.current', {}]]))[0]!);
  return { what: 'codes of 1000 accounts, one period, in the worker', unit: 'ms', value: summarize(samples) };
}

/** Everything measured in a real browser with the built extension, in one session. */
export async function measureInBrowser(): Promise<{ rows: ResultRow[]; browserVersion: string; stages: OpeningStages }> {
  const session = await launchWithExtension();
  try {
    const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
    let driver = await session.openPopup();
    await send(driver, 'vault.create', { passphrase: PASSPHRASE });
    const rows: ResultRow[] = [];
    /** Cold opens need the extension stopped whole: the driver page closes for them, and opens again. */
    const measureCold = async (count: number) => {
      const view = await keptView(driver);
      await driver.close();
      rows.push(...coldRows('Chromium', count, await measureColdOpens(session, view, { pairs: COLD_PAIRS, warmUpPairs: 1 }), BUDGETS.popupColdOpenOverColdFloor));
      driver = await session.openPopup();
    };
    let seeded = 0;
    for (const count of ACCOUNT_COUNTS) {
      await addAccounts(driver, Array.from({ length: count - seeded }, (_, i) => randomUri(seeded + i)));
      seeded = count;
      rows.push(...(await measurePopupOpens(session, popupUrl, count)));
      await measureCold(count);
    }
    await addAccounts(driver, Array.from({ length: LARGE_COUNT - seeded }, (_, i) => randomUri(seeded + i)));
    await measureCold(LARGE_COUNT);
    const againstFloor = await measureAgainstFloor(session, driver, popupUrl);
    rows.push(...againstFloor.rows);
    rows.push({
      what: 'service worker JS heap, 1000 accounts',
      unit: 'bytes',
      value: summarize([await serviceWorkerHeapBytes(session.context, driver)]),
    });
    rows.push(await measureCodeGeneration(driver));
    rows.push(...(await measureUnlock(driver)));
    rows.push(await measureKeyboardFill(session, driver));
    rows.push(await measureRestartToAnswer(session, driver, RESTART_RUNS));
    rows.push(await measureRestartToAnswer(session, driver, RESTART_RUNS, ['popup.open', { firstRows: FIRST_SCREEN_ROWS }], `${LARGE_COUNT} accounts`));
    // Last: everything above is measured with sync off, as it is by default.
    rows.push(...(await measureWithSyncOn(session, driver, popupUrl)));
    const browserVersion = session.context.serviceWorkers()[0]
      ? await driver.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium')
      : 'Chromium';
    await session.close().catch(() => undefined);
    // In a browser of its own, after the main session: a copy of the extension whose worker times
    // its own scripts.
    rows.push(...(await measureScriptEvaluation(EVALUATION_RUNS)));
    return { rows, browserVersion, stages: againstFloor.stages };
  } finally {
    await session.close().catch(() => undefined);
    removeProfile(session);
  }
}
