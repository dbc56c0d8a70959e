import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { PUBLIC_SUFFIX_LIST_FILE } from './lib/autofill/worker/public-suffix';
import { PUBLIC_SUFFIX_LIST_LICENCE, readPublicSuffixRules } from './lib/autofill/worker/public-suffix-source';
import { recordBundledPackages } from './scripts/build/bundled-packages';
import { markdownPages } from './scripts/build/markdown-page';
import { composeThirdPartyNotices } from './scripts/build/third-party-notices';

// The manifest asks for the narrowest set of permissions: nothing that reads or changes pages on
// its own. activeTab lets the popup capture the visible tab (to scan a QR code) and fill a code
// only after the user clicked the toolbar button, pressed the fill shortcut or chose the menu item;
// clipboardWrite and offscreen copy a code that found no field and clear copied codes.
// What the popup and the management page both draw their first screen with goes into one chunk
// they share: left to itself, the bundler splits it into a handful of tiny chunks (the pages'
// sections and scanner load lazily), each paid for in requests and in gzip overhead.
const FIRST_PAINT_SHARED = [
  'node_modules/preact/',
  'node_modules/@wxt-dev/',
  'node_modules/webextension-polyfill/',
  'lib/messaging/',
  'lib/protocol/',
  'lib/storage/',
  'lib/settings/settings-item',
  'lib/accounts/account-name',
  'lib/crypto/passphrase-policy',
  ...['account-filter', 'apply-theme', 'busy-button', 'error-message', 'opener-button', 'passphrase-strength']
    .concat(['screen-heading', 'status-notice', 'use-action'])
    .map((name) => `lib/ui/${name}`),
];
const isFirstPaintShared = (id: string) => FIRST_PAINT_SHARED.some((part) => id.replaceAll('\\', '/').includes(part));

// Every build WXT runs (worker, pages, content script) reports the packages it bundled, for the
// third-party notices written once all of them are done.
const bundledPackages = recordBundledPackages();

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'OTP Companion',
    description: 'One-time codes, MFA login and trusted devices, with seeds kept encrypted in your browser.',
    // clipboardWrite: a code that found no field is copied, and copied codes are cleared after the
    // delay set in Settings; Chrome's worker writes through an offscreen document (Firefox's
    // background page writes the clipboard itself).
    // activeTab: the popup's "Scan QR code" captures the tab the user opened the popup on, and no other.
    // scripting + activeTab: the autofill content script is injected into that one tab after the
    // user's gesture, never declared for every site. contextMenus: "Fill one-time code" on fields.
    permissions: [
      'storage',
      'alarms',
      'activeTab',
      'scripting',
      'contextMenus',
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The shortcut can be changed by the user in the browser's extension shortcuts page.
    commands: {
      'fill-code': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Fill the one-time code' },
    },
    // Servers the extension talks to from its background. The EMnify default and this computer (the
    // local sandbox) are declared; any other server is asked for when the user adds its profile.
    host_permissions: ['https://cdn.emnify.net/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://[::1]/*'],
    ...(browser === 'firefox'
      ? {
          // 140 (the current ESR line) is the first to read data_collection_permissions.
          browser_specific_settings: {
            gecko: {
              id: 'otp-companion@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // 123: storage.session, 30-second alarms and String.prototype.isWellFormed (120), and CSS
        // light-dark(), which writes each colour of the light and dark themes once (123).
        { minimum_chrome_version: '123' }),
  }),
  hooks: {
    // Only the pages' build splits code (the worker and the scripts are single files).
    'vite:build:extendConfig': (entries, config) => {
      if (!entries.some((entry) => entry.type === 'popup' || entry.type === 'options')) return;
      config.build ??= {};
      const options = (config.build.rolldownOptions ??= {});
      const output = Array.isArray(options.output) ? undefined : options.output;
      options.output = { ...output, codeSplitting: { groups: [{ name: 'page-common', test: isFirstPaintShared }] } };
    },
    // The public suffix list ships as data, not code: the background fetches it on its first fill,
    // which keeps its bundle within budget (the list alone is about as big as the whole worker).
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(PUBLIC_SUFFIX_LIST_FILE);
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: PUBLIC_SUFFIX_LIST_FILE, contents: JSON.stringify(readPublicSuffixRules()) });
      // Licences travel with the code (this hook runs after every build): the extension's own, and
      // those of the packages and data it ships, since the minifier drops their licence comments.
      files.push({ relativeDest: 'LICENSE.txt', absoluteSrc: resolve(import.meta.dirname, 'LICENSE') });
      files.push({
        relativeDest: 'third-party-notices.txt',
        contents: composeThirdPartyNotices(bundledPackages.byFolder(), [{ ...PUBLIC_SUFFIX_LIST_LICENCE, file: PUBLIC_SUFFIX_LIST_FILE }]),
      });
    },
  },
  vite: () => ({
    // Preact's automatic JSX runtime: no React compat layer, no Babel.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Pages whose text is a document of docs/ (the privacy policy) get it rendered in at build time.
    plugins: [markdownPages(import.meta.dirname), bundledPackages.plugin],
    build: { target: 'es2022' },
  }),
});
