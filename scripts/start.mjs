// `npm start`: build the extension and open Chromium with it loaded, on a profile kept between runs.
// On a machine without a display it says so and explains how to load the build by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const extensionDir = resolve('.output/chrome-mv3');
const profileDir = resolve('.wxt/chromium-profile');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const howToLoad = `
The extension is built in ${extensionDir}
Load it by hand:
  Chrome/Chromium: open chrome://extensions, turn on "Developer mode", click "Load unpacked", pick that folder.
  Firefox: run "npm run build:firefox", open about:debugging#/runtime/this-firefox, click
           "Load Temporary Add-on…", pick .output/firefox-mv3/manifest.json.`;

if (!hasDisplay) {
  console.log(`\nNo display found (DISPLAY is not set), so no browser is opened.${howToLoad}`);
  process.exit(0);
}
if (!existsSync(chromePath)) {
  console.log(`\nNo Chromium at ${chromePath} (install it, or set CHROME_PATH).${howToLoad}`);
  process.exit(1);
}

mkdirSync(profileDir, { recursive: true });
console.log(`\nOpening Chromium with the extension loaded (profile: ${profileDir}).`);
console.log('Click the puzzle-piece icon in the toolbar and pin "OTP Companion".');
spawn(
  chromePath,
  [
    `--user-data-dir=${profileDir}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    'chrome://extensions',
  ],
  { stdio: 'ignore', detached: true },
).unref();
