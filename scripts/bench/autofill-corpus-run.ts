// `npm run bench:corpus`: only the autofill corpus part of the bench, with the list of pages it
// missed. Builds the extension first unless given --no-build (then .output/chrome-mv3 is used).
import { spawnSync } from 'node:child_process';
import { describeMisses, measureAutofillCorpus } from './autofill-corpus';
import { renderTable, withinBudget } from './report';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const { rows, score } = await measureAutofillCorpus();
console.log(`${renderTable(rows)}\n\n${describeMisses(score)}`);
if (rows.some((row) => !withinBudget(row))) process.exit(1);
