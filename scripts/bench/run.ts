// `npm run bench`: builds the production extension, measures it, prints a table, writes
// bench/results.json, and exits non-zero when any budget is exceeded (a release gate, not a test).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { BUDGETS } from './budgets';
import { measureBundleSizes } from './bundle-sizes';
import { measureInBrowser } from './browser-bench';
import { describeMisses, measureAutofillCorpus } from './autofill-corpus';
import { renderTable, withinBudget } from './report';
import { EXTENSION_DIR } from '../../test/e2e/support/browser';
import { coldRows } from './cold-rows';
import { measureFirefoxColdOpens } from './firefox-cold-opens';

/** The counts of accounts the cold opens are measured at, in Firefox as in Chromium. */
const FIREFOX_COLD_COUNTS = [1, 100, 1000] as const;
/** Firefox's first opens of a new profile run slower for a while: more pairs go unmeasured. */
const FIREFOX_COLD_WARM_UP_PAIRS = 3;
const FIREFOX_COLD_PAIRS = 20;

for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
  const build = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const sizes = measureBundleSizes(EXTENSION_DIR, {
  popup: BUDGETS.popupGzipBytes,
  background: BUDGETS.backgroundGzipBytes,
  content: BUDGETS.contentGzipBytes,
  options: BUDGETS.optionsGzipBytes,
});
console.log('Measuring in Chromium (a few minutes)…');
const { rows: timings, browserVersion, stages } = await measureInBrowser();
console.log('Measuring cold opens in Firefox (a few minutes)…');
const firefox = await measureFirefoxColdOpens(FIREFOX_COLD_COUNTS, 'benchmark passphrase, not a secret', { pairs: FIREFOX_COLD_PAIRS, warmUpPairs: FIREFOX_COLD_WARM_UP_PAIRS });
const firefoxRows = [...firefox.byCount].flatMap(([count, opens]) => coldRows('Firefox', count, opens, BUDGETS.popupColdOpenOverColdFloor));
console.log('Filling the autofill corpus (a few minutes)…');
const corpus = await measureAutofillCorpus();
const rows = [...sizes, ...timings, ...firefoxRows, ...corpus.rows];

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${browserVersion} and ${firefox.version} headless`;
console.log(`\n${renderTable(rows)}\n\nMachine: ${machine}\n\n${describeMisses(corpus.score)}`);

mkdirSync(resolve('bench'), { recursive: true });
writeFileSync(resolve('bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows, opening: stages, autofillCorpus: corpus.verdicts }, null, 2)}\n`);
console.log('Wrote bench/results.json');

const over = rows.filter((row) => !withinBudget(row));
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((row) => row.what).join('; ')}`);
  process.exit(1);
}
