// The cold floor: the popup's own page, painting a fixed first screen without asking anything.
// A copy of popup.html is added to the built extension whose first script is the popup's own with
// a few lines in front: they answer that script's reads at once from a view carried in the address
// (#…) and leave every message unanswered. The page loads as many files in the same order, and the
// same bundle draws the same screen: what the real popup spends above this page is what reading
// its kept screen costs, and nothing else.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COLD_FLOOR_PAGE = 'bench-cold-floor.html';
const OPENING_SCRIPT = 'popup-opening.js';
const FLOOR_OPENING_SCRIPT = 'bench-cold-floor-opening.js';

/** Runs in the floor page before the popup's first script; plain script, as the browser loads it. */
const stub = `(() => {
  const view = JSON.parse(decodeURIComponent(location.hash.slice(1)));
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

/** Adds the floor page to a built extension (Chrome's or Firefox's output folder). */
export function addColdFloorPage(extensionDir: string): void {
  const popup = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  if (!popup.includes(`/${OPENING_SCRIPT}"`)) throw new Error(`The built popup.html does not load /${OPENING_SCRIPT}.`);
  const opening = readFileSync(join(extensionDir, OPENING_SCRIPT), 'utf8');
  writeFileSync(join(extensionDir, FLOOR_OPENING_SCRIPT), `${stub}\n${opening}`);
  writeFileSync(join(extensionDir, COLD_FLOOR_PAGE), popup.replace(`/${OPENING_SCRIPT}"`, `/${FLOOR_OPENING_SCRIPT}"`));
}

/** The floor page's address for an extension origin and the view to paint. */
export function coldFloorUrl(origin: string, view: unknown): string {
  return `${origin}/${COLD_FLOOR_PAGE}#${encodeURIComponent(JSON.stringify(view))}`;
}
