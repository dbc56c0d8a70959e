// What the browser is told the extension may do, read from the built manifests for Chrome and for
// Firefox: the permission model of the README (nothing that reads or changes pages on its own,
// servers asked for one at a time) must survive every change of configuration or of WXT.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';
import { FIREFOX_EXTENSION_DIR as FIREFOX_DIR } from './support/firefox/firefox-session';

interface Manifest {
  manifest_version: number;
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

/** The build's manifest; `npm test` builds both browsers first (npm run build, npm run build:firefox). */
function readManifest(dir: string, buildCommand: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No built extension in ${dir}: run "${buildCommand}" first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The same for both browsers; Chrome adds only `offscreen` (its worker has no clipboard). */
const COMMON_PERMISSIONS = ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite'];
const HOSTS = ['https://cdn.emnify.net/*', 'http://127.0.0.1/*', 'http://localhost/*'];
const OPTIONAL_HOSTS = ['https://*/*', 'http://[::1]/*'];

function expectSharedModel(manifest: Manifest, dir: string): void {
  expect(manifest.manifest_version).toBe(3);
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
  it('Chrome: a service worker, the narrow permissions, and offscreen for the clipboard', () => {
    const manifest = readManifest(EXTENSION_DIR, 'npm run build');
    expectSharedModel(manifest, EXTENSION_DIR);
    expect(manifest.permissions).toEqual([...COMMON_PERMISSIONS, 'offscreen']);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.minimum_chrome_version).toBe('123');
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: a background script, the same permissions without offscreen, and its add-on settings', () => {
    const manifest = readManifest(FIREFOX_DIR, 'npm run build:firefox');
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
});
