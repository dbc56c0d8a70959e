// `npm start`: build the extension, open Chromium with it loaded (on a profile kept between runs),
// and run the sandbox API on 127.0.0.1 with its demo users until Ctrl+C. `npm start -- --firefox`
// does the same with the Firefox build in Firefox. On a machine without a display it says so and
// explains how to load the build by hand; the sandbox runs all the same.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

const inFirefox = process.argv.includes('--firefox');
const extensionDir = resolve(inFirefox ? '.output/firefox-mv3' : '.output/chrome-mv3');
const profileDir = resolve(inFirefox ? '.wxt/firefox-profile' : '.wxt/chromium-profile');
const sandboxState = resolve('.wxt/sandbox-state.json');
const sandboxPort = process.env.SANDBOX_PORT ?? '8787';
const browserPath = inFirefox
  ? (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr')
  : (process.env.CHROME_PATH ?? '/usr/bin/chromium');

const build = spawnSync('npx', ['wxt', 'build', ...(inFirefox ? ['-b', 'firefox'] : [])], { stdio: 'inherit' });
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
} else if (!existsSync(browserPath)) {
  const [name, variable] = inFirefox ? ['Firefox', 'FIREFOX_PATH'] : ['Chromium', 'CHROME_PATH'];
  console.log(`\nNo ${name} at ${browserPath} (install it, or set ${variable}).${howToLoad}`);
} else if (inFirefox) {
  await openFirefox();
} else {
  openChromium();
}

// Last, so its banner with the demo users' credentials is what the terminal ends on.
console.log('\nStarting the sandbox API (a local stand-in for the EMnify and Amadis servers)…');
const sandboxUrl = await startSandbox();
// The popup's built-in "Local sandbox" profiles point at port 8787.
console.log(
  sandboxPort === '8787'
    ? '\nIn the popup: Server tab, pick "Local sandbox" and log in as one of the demo users listed here.'
    : `\nIn the popup: Server tab, "Add server…" with the address ${sandboxUrl} (the built-in "Local sandbox" profile uses port 8787).`,
);

/** Starts the sandbox API as a child process and resolves with its URL once it listens. */
function startSandbox() {
  mkdirSync(resolve('.wxt'), { recursive: true });
  const child = spawn('npx', ['tsx', 'test/sandbox/cli.ts', '--port', sandboxPort, '--state', sandboxState], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
  return new Promise((resolveUrl) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      console.log(line);
      const match = /^SANDBOX_URL=(\S+)/.exec(line);
      if (match) resolveUrl(match[1]);
    });
  });
}

function openChromium() {
  mkdirSync(profileDir, { recursive: true });
  console.log(`\nOpening Chromium with the extension loaded (profile: ${profileDir}).`);
  console.log('Click the puzzle-piece icon in the toolbar and pin "OTP Companion".');
  spawn(
    browserPath,
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
}

/**
 * Firefox loads an unpacked extension only as a temporary add-on: it is installed over WebDriver
 * BiDi (puppeteer-core, the driver of the Firefox tests) into a browser that stays open until
 * Ctrl+C, on a profile kept between runs. The add-on itself is gone when Firefox closes.
 */
async function openFirefox() {
  mkdirSync(profileDir, { recursive: true });
  console.log(`\nOpening Firefox with the extension installed as a temporary add-on (profile: ${profileDir}).`);
  console.log('Click the puzzle-piece icon in the toolbar and pin "OTP Companion".');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: browserPath,
    headless: false,
    userDataDir: profileDir,
    defaultViewport: null,
  });
  await browser.installExtension(extensionDir);
  const close = () => void browser.close().catch(() => undefined);
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
}
