// What the browser is told the extension may do, read from the built manifests for Chrome and for
// Firefox: the permission model of the README (nothing that reads or changes pages on its own,
// servers asked for one at a time) must survive every change of configuration or of WXT. And what
// both builds carry besides code: the licences and the privacy policy.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';

const FIREFOX_DIR = resolve('.output/firefox-mv3');

interface Manifest {
  manifest_version: number;
  description?: string;
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
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown } };
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The same for both browsers; Chrome adds only `offscreen` (its worker has no clipboard). */
const COMMON_PERMISSIONS = ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite'];
const HOSTS = ['https://cdn.emnify.net/*', 'http://127.0.0.1/*', 'http://localhost/*'];
const OPTIONAL_HOSTS = ['https://*/*', 'http://[::1]/*'];

function expectSharedModel(manifest: Manifest, dir: string): void {
  expect(manifest.manifest_version).toBe(3);
  // The Chrome Web Store shows it as the listing's summary, which it cuts at 132 characters.
  expect(manifest.description?.length).toBeLessThanOrEqual(132);
  expect(manifest.host_permissions).toEqual(HOSTS);
  expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
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
  for (const file of files.filter((name): name is string => name !== undefined)) expect(existsSync(join(dir, file)), file).toBe(true);
}

describe('the built manifests', () => {
  beforeAll(() => {
    // The Chrome build is the suite's own (npm test builds it first); Firefox's is made here.
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The Firefox build failed: ${build.stderr}`);
  }, 120_000);

  it('Chrome: a service worker, the narrow permissions, and offscreen for the clipboard', () => {
    const manifest = readManifest(EXTENSION_DIR);
    expectSharedModel(manifest, EXTENSION_DIR);
    expect(manifest.permissions).toEqual([...COMMON_PERMISSIONS, 'offscreen']);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.minimum_chrome_version).toBe('123');
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: a background script, the same permissions without offscreen, and its add-on settings', () => {
    const manifest = readManifest(FIREFOX_DIR);
    expectSharedModel(manifest, FIREFOX_DIR);
    expect(manifest.permissions).toEqual(COMMON_PERMISSIONS);
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(manifest.minimum_chrome_version).toBeUndefined();
    expect(manifest.browser_specific_settings?.gecko).toEqual({
      id: 'otp-companion@example.org',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
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
