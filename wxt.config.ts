import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { PUBLIC_SUFFIX_LIST_FILE } from './lib/autofill/worker/public-suffix';
import { PUBLIC_SUFFIX_LIST_LICENCE, readPublicSuffixRules } from './lib/autofill/worker/public-suffix-source';
import { STORE_BUILD_VARIABLE } from './lib/store-build';
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
  // The hint's length rule and the hook that loads the estimator, not the estimator itself.
  'lib/ui/passphrase-strength/strength-hint',
  'lib/ui/passphrase-strength/use-passphrase-strength',
  ...['account-filter', 'apply-theme', 'busy-button', 'error-message', 'opener-button']
    .concat(['screen-heading', 'status-notice', 'use-action'])
    .map((name) => `lib/ui/${name}`),
];
const isFirstPaintShared = (id: string) => FIRST_PAINT_SHARED.some((part) => id.replaceAll('\\', '/').includes(part));

// A store package (scripts/zip-store.mjs) asks for no loopback host and is built beside the
// development build, in .output/*-store, never over the one npm start and the tests load.
const STORE_BUILD = process.env[STORE_BUILD_VARIABLE] === 'true';

// Every build WXT runs (worker, pages, content script) reports the packages it bundled, for the
// third-party notices written once all of them are done.
const bundledPackages = recordBundledPackages();

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifestVersion: 3,
  ...(STORE_BUILD ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-store' } : {}),
  manifest: ({ browser }) => ({
    // Name, description and the shortcut's name come from public/_locales in the browser's language
    // (the toolbar button's title too: see the manifest hook below).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
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
      'fill-code': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFillCode__' },
    },
    // Servers the extension talks to from its background. The EMnify default and this computer (the
    // local sandbox) are declared; any other server is asked for when the user adds its profile.
    host_permissions: ['https://cdn.emnify.net/*', ...(STORE_BUILD ? [] : ['http://127.0.0.1/*', 'http://localhost/*'])],
    optional_host_permissions: ['https://*/*', ...(STORE_BUILD ? [] : ['http://[::1]/*'])],
    ...(browser === 'firefox'
      ? {
          // 142: the first release that reads data_collection_permissions on desktop and Android
          // alike (desktop from 140), so the linter, which checks Android against this minimum,
          // has nothing to report; the ESR line in support today is 153.
          // Desktop Firefox only: no gecko_android, which is what marks a version compatible with
          // Firefox for Android on addons.mozilla.org. Android has no commands, contextMenus or
          // windows API, which the background registers at start-up and every fill relies on
          // (shortcut, menu, the page's tab), and a phone has authenticator apps of its own.
          browser_specific_settings: {
            gecko: {
              // The add-on's permanent identity on addons.mozilla.org, generated once for this project.
              // It must never change after the first upload: Firefox would see another add-on, and
              // installed copies would neither update nor keep their data (storage is per id).
              id: '{96184fcd-f5de-473b-8406-f7464b52efd6}',
              strict_min_version: '142.0',
              // What leaves the browser, said at install as addons.mozilla.org's taxonomy names it:
              // the Server tab sends the user's e-mail address (personally identifying) and a
              // password hash and one-time codes (authentication) to the server they log in to.
              // Nothing goes to the extension's makers (docs/privacy-policy.md).
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'authenticationInfo'] },
            },
          },
        }
      : // 123: storage.session, 30-second alarms and String.prototype.isWellFormed (120), and CSS
        // light-dark(), which writes each colour of the light and dark themes once (123).
        { minimum_chrome_version: '123' }),
  }),
  // The Firefox store package comes with a sources package for addons.mozilla.org's review: what
  // the add-on is built from and nothing else, listed here rather than everything the folder
  // happens to hold. README.md says how to rebuild from it, and test/e2e/sources-rebuild.e2e.ts
  // does so and compares, so anything missing from this list fails npm test.
  zip: {
    includeSources: [
      'README.md',
      'LICENSE',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'scripts/zip-store.mjs',
      'scripts/build/**',
      'docs/privacy-policy.md',
      'entrypoints/**',
      'lib/**',
      'public/**',
    ],
    // Everything else (tests, docs, other scripts, local files); the list above wins over this.
    excludeSources: ['**'],
  },
  hooks: {
    // WXT titles the toolbar button with the popup's <title>, which a page cannot localise.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
    },
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
