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

const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const sizes = measureBundleSizes(EXTENSION_DIR, {
  popup: BUDGETS.popupGzipBytes,
  background: BUDGETS.backgroundGzipBytes,
  content: BUDGETS.contentGzipBytes,
  options: BUDGETS.optionsGzipBytes,
});
console.log('Measuring in Chromium (a few minutes)…');
const { rows: timings, browserVersion, stages } = await measureInBrowser();
console.log('Filling the autofill corpus (a few minutes)…');
const corpus = await measureAutofillCorpus();
const rows = [...sizes, ...timings, ...corpus.rows];

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${browserVersion} headless`;
console.log(`\n${renderTable(rows)}\n\nMachine: ${machine}\n\n${describeMisses(corpus.score)}`);

mkdirSync(resolve('bench'), { recursive: true });
writeFileSync(resolve('bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows, opening: stages, autofillCorpus: corpus.verdicts }, null, 2)}\n`);
console.log('Wrote bench/results.json');

const over = rows.filter((row) => !withinBudget(row));
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((row) => row.what).join('; ')}`);
  process.exit(1);
}
