// The cold floor: the popup's own page, painting a fixed first screen without asking anything.
// A copy of popup.html is added to the built extension whose first script is the popup's own with
// a few lines in front: they answer that script's reads at once from a view written into them and
// leave every message unanswered. The page loads as many files in the same order, and the same
// bundle draws the same screen: what the real popup spends above this page is what reading its
// kept screen costs, and nothing else. A browser serves an unpacked extension's files from disk,
// so pages can be added while it runs: one pair of files for each view, never rewritten (no cache
// can hand out an earlier view).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OPENING_SCRIPT = 'popup-opening.js';

/** Runs in the floor page before the popup's first script; plain script, as the browser loads it. */
const stub = (view: unknown) => `(() => {
  const view = ${JSON.stringify(view)};
  const api = globalThis.browser ?? globalThis.chrome;
  const replace = (object, name, value) => {
    try { object[name] = value; } catch {}
    if (object[name] !== value) Object.defineProperty(object, name, { value, configurable: true, writable: true });
  };
  replace(api.storage.session, 'get', async () => ({ openingView: view }));
  replace(api.storage.local, 'get', async () => ({}));
  replace(api.alarms, 'get', async (name) => ({ name, scheduledTime: Date.now() + 3600000 }));
  replace(api.runtime, 'sendMessage', () => new Promise(() => undefined));
})();
`;

/**
 * Adds a floor page painting `view` to a built extension (Chrome's or Firefox's output folder),
 * named by `name`, and returns its path in the extension.
 */
export function addColdFloorPage(extensionDir: string, name: string, view: unknown): string {
  const popup = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  if (!popup.includes(`/${OPENING_SCRIPT}"`)) throw new Error(`The built popup.html does not load /${OPENING_SCRIPT}.`);
  const opening = readFileSync(join(extensionDir, OPENING_SCRIPT), 'utf8');
  const script = `bench-cold-floor-${name}.js`;
  const page = `bench-cold-floor-${name}.html`;
  writeFileSync(join(extensionDir, script), `${stub(view)}\n${opening}`);
  writeFileSync(join(extensionDir, page), popup.replace(`/${OPENING_SCRIPT}"`, `/${script}"`));
  return page;
}
