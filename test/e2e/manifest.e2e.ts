// What the browser is told the extension may do, read from the built manifests for Chrome and for
// Firefox, in the development build and in the store packages: the permission model of the README
// (nothing that reads or changes pages on its own, servers asked for one at a time) must survive
// every change of configuration or of WXT. And what every build carries besides code: the
// licences and the privacy policy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';
import { readPackagedManifest } from './support/store-packages';
import { FIREFOX_EXTENSION_DIR as FIREFOX_DIR } from './support/firefox/firefox-session';

interface Manifest {
  manifest_version: number;
  name?: string;
  description?: string;
  default_locale?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: unknown[];
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  options_ui?: { page?: string; open_in_tab?: boolean };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  minimum_chrome_version?: string;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
    gecko_android?: unknown;
  };
}

/** The build's manifest; `npm test` builds both browsers first (npm run build, npm run build:firefox). */
function readManifest(dir: string, buildCommand: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No built extension in ${dir}: run "${buildCommand}" first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** A build's manifest and a way to ask whether a file is in it. */
interface BuiltManifest {
  manifest: Manifest;
  has(file: string): boolean;
}

function fromOutputDir(dir: string, buildCommand: string): BuiltManifest {
  return { manifest: readManifest(dir, buildCommand), has: (file) => existsSync(join(dir, file)) };
}

async function fromStorePackage(which: 'chrome' | 'firefox'): Promise<BuiltManifest> {
  const { manifest, files } = await readPackagedManifest<Manifest>(which);
  return { manifest, has: (file) => files.has(file) };
}

/** The same for both browsers; Chrome adds only `offscreen` (its worker has no clipboard). */
const COMMON_PERMISSIONS = ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite'];
/** The development build also reaches the sandbox on this computer (lib/store-build.ts). */
const DEVELOPMENT_HOSTS = {
  host_permissions: ['https://cdn.emnify.net/*', 'http://127.0.0.1/*', 'http://localhost/*'],
  optional_host_permissions: ['https://*/*', 'http://[::1]/*'],
};
/** The store packages ask for no loopback host at all. */
const STORE_HOSTS = { host_permissions: ['https://cdn.emnify.net/*'], optional_host_permissions: ['https://*/*'] };

function expectSharedModel({ manifest, has }: BuiltManifest, hosts: typeof STORE_HOSTS): void {
  expect(manifest.manifest_version).toBe(3);
  // Name and description in the browser's language (their lengths are checked per language in
  // the message files' unit test), English where it has none.
  expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
  for (const language of ['en', 'de']) expect(has(`_locales/${language}/messages.json`), language).toBe(true);
  expect(manifest.host_permissions).toEqual(hosts.host_permissions);
  expect(manifest.optional_host_permissions).toEqual(hosts.optional_host_permissions);
  expect(manifest.optional_permissions).toBeUndefined();
  // No script declared for every site: the content script is injected after a gesture only.
  expect(manifest.content_scripts ?? []).toEqual([]);
  // Pages can neither load the extension's files nor talk to it.
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  // The browser's default policy for extension pages (no eval, no remote code) stays.
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.commands?.['fill-code']?.suggested_key?.default).toBe('Alt+Shift+F');
  expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  // Every page and script the manifest names is in the build.
  const files = [manifest.action?.default_popup, manifest.options_ui?.page, manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])];
  for (const file of files.filter((name): name is string => name !== undefined)) expect(has(file), file).toBe(true);
}

/** Chrome: a service worker, the narrow permissions, and offscreen for the clipboard. */
function expectChrome(built: BuiltManifest, hosts: typeof STORE_HOSTS): void {
  const { manifest } = built;
  expectSharedModel(built, hosts);
  expect(manifest.permissions).toEqual([...COMMON_PERMISSIONS, 'offscreen']);
  expect(manifest.background).toEqual({ service_worker: 'background.js' });
  expect(manifest.minimum_chrome_version).toBe('123');
  expect(manifest.browser_specific_settings).toBeUndefined();
}

/** Firefox: a background script, the same permissions without offscreen, and its add-on settings. */
function expectFirefox(built: BuiltManifest, hosts: typeof STORE_HOSTS): void {
  const { manifest } = built;
  expectSharedModel(built, hosts);
  expect(manifest.permissions).toEqual(COMMON_PERMISSIONS);
  expect(manifest.background).toEqual({ scripts: ['background.js'] });
  expect(manifest.minimum_chrome_version).toBeUndefined();
  expect(manifest.browser_specific_settings?.gecko).toEqual({
    // Pinned on purpose: the id is the add-on's identity on addons.mozilla.org and never changes.
    id: '{96184fcd-f5de-473b-8406-f7464b52efd6}',
    strict_min_version: '142.0',
    data_collection_permissions: { required: ['personallyIdentifyingInfo', 'authenticationInfo'] },
  });
  // Desktop Firefox only: declaring gecko_android would list the add-on for Firefox for Android.
  expect(manifest.browser_specific_settings?.gecko_android).toBeUndefined();
}

describe('the built manifests', () => {
  it('Chrome, development build: reaches the sandbox on this computer', () => {
    expectChrome(fromOutputDir(EXTENSION_DIR, 'npm run build'), DEVELOPMENT_HOSTS);
  });

  it('Firefox, development build: reaches the sandbox on this computer', () => {
    expectFirefox(fromOutputDir(FIREFOX_DIR, 'npm run build:firefox'), DEVELOPMENT_HOSTS);
  });

  it('Chrome Web Store package: no loopback host', async () => {
    expectChrome(await fromStorePackage('chrome'), STORE_HOSTS);
  });

  it('addons.mozilla.org package: no loopback host', async () => {
    expectFirefox(await fromStorePackage('firefox'), STORE_HOSTS);
  });

  it.each([
    ['Chrome', EXTENSION_DIR],
    ['Firefox', FIREFOX_DIR],
  ])('%s: the licence, the third-party notices and the privacy policy are shipped', (_browser, dir) => {
    expect(readFileSync(join(dir, 'LICENSE.txt'), 'utf8')).toContain('Copyright (c) 2026 OTP Companion contributors');
    const notices = readFileSync(join(dir, 'third-party-notices.txt'), 'utf8');
    // The list opens the file, one line per package or data file, found in the build itself.
    for (const shipped of ['@bufbuild/protobuf', 'idb', 'jsqr', 'preact', 'uqr', 'webextension-polyfill', 'zod', 'Public Suffix List']) {
      expect(notices.split('\n').some((line) => line.startsWith(`- ${shipped} `)), shipped).toBe(true);
    }
    expect(readFileSync(join(dir, 'privacy-policy.html'), 'utf8')).toContain('<h1>Privacy policy</h1>');
  });
});
