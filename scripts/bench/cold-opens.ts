// Cold opens in Chromium: the popup opened after the browser stopped the extension's worker, as a
// user meets it a few minutes after the last use. Chrome then ends the extension's renderer
// process too, so nothing of the extension runs: no extension page stays open while these are
// measured, and before each open the worker is stopped and the process checked gone. Each open is
// paired with the cold floor (cold-floor-page.ts), opened the same way, alternately.
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { CODES_VISIBLE_MARK } from '../../lib/ui/perf-marks';
import { EXTENSION_DIR, type ExtensionSession } from '../../test/e2e/support/browser';
import { addColdFloorPage } from './cold-floor-page';
import { openPopupUntil } from './extension-driver';
import { interleavedOrder } from './stats';

export interface ColdOpens {
  floor: number[];
  codes: number[];
}

/** The pids of processes whose command line has `needle`, with their parents. */
function processes(): { pid: number; ppid: number; cmd: string }[] {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
      // The parent is the 4th field of stat, after the name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      found.push({ pid: Number(entry), ppid, cmd });
    } catch {
      // Gone while listing.
    }
  }
  return found;
}

/** Whether this browser (found by its profile) has a renderer process for an extension. */
export function extensionProcessAlive(profileDir: string): boolean {
  const all = processes();
  const browser = all.find((p) => p.cmd.includes(`--user-data-dir=${profileDir}`) && !p.cmd.includes('--type='));
  if (!browser) throw new Error('The browser process of the bench profile was not found.');
  const ours = new Set([browser.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (!ours.has(p.pid) && ours.has(p.ppid)) grew = Boolean(ours.add(p.pid));
  }
  return all.some((p) => ours.has(p.pid) && p.cmd.includes('--type=renderer') && p.cmd.includes('--extension-process'));
}

/**
 * Stops the worker (from `blank`, a page that is not the extension's) and waits until neither it
 * nor the extension's renderer process runs: what the next open finds is a cold extension.
 */
export async function makeCold(context: BrowserContext, blank: Page, profileDir: string): Promise<void> {
  const cdp = await context.newCDPSession(blank);
  try {
    const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker');
    const deadline = Date.now() + 10_000;
    // Stopped until it stays stopped: a worker stopped while an event for it was on its way (a
    // storage change it wrote itself, say) is started again by the browser to take it.
    for (let quietChecks = 0; quietChecks < 3; ) {
      const running = await workers();
      for (const worker of running) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      quietChecks = running.length === 0 && !extensionProcessAlive(profileDir) ? quietChecks + 1 : 0;
      if (Date.now() > deadline) {
        const targets = (await cdp.send('Target.getTargets')).targetInfos.map((t) => `${t.type} ${t.url}`);
        throw new Error(`The extension did not stop: a cold open cannot be measured (running: ${targets.join(', ')}).`);
      }
      await blank.waitForTimeout(50);
    }
  } finally {
    await cdp.detach();
  }
}

/**
 * `pairs` cold opens of the popup and of the cold floor, alternately, after `warmUpPairs` unmeasured
 * ones. `view` is the screen the floor paints: the one the background kept for the popup.
 */
export async function measureColdOpens(
  session: ExtensionSession,
  view: unknown,
  options: { pairs: number; warmUpPairs: number },
): Promise<ColdOpens> {
  const origin = `chrome-extension://${session.extensionId}`;
  // Added to the measured build only, while it runs.
  const floor = addColdFloorPage(EXTENSION_DIR, `chromium-${Date.now()}`, view);
  const urls = { floor: `${origin}/${floor}`, codes: `${origin}/popup.html` };
  const blank = await session.context.newPage();
  const result: ColdOpens = { floor: [], codes: [] };
  try {
    for (const [index, pair] of interleavedOrder(options.warmUpPairs + options.pairs).entries()) {
      for (const which of pair) {
        const kind = which === 'a' ? 'floor' : 'codes';
        await makeCold(session.context, blank, session.profileDir);
        const { page, ms } = await openPopupUntil(session.context, urls[kind], CODES_VISIBLE_MARK);
        await page.close();
        if (index >= options.warmUpPairs) result[kind].push(ms);
      }
    }
  } finally {
    await blank.close();
  }
  return result;
}
