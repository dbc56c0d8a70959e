// The packages uploaded to the Chrome Web Store and addons.mozilla.org (`npm run zip`, into
// .output/*-store) leave out everything that serves only the sandbox API on this computer: its
// built-in profiles, plain http:// to loopback hosts, and the manifest's loopback host
// permissions. The build of `npm start`, `npm run build` and the tests keeps all of it. Both are
// production builds in WXT's sense (its mode decides the JSX runtime, NODE_ENV and WXT's own
// logging): one environment variable tells them apart, and this file is the one place that reads
// it for the code.

/** Set to "true" for the store packages by scripts/zip-store.mjs; read by wxt.config.ts too. */
export const STORE_BUILD_VARIABLE = 'WXT_STORE_BUILD';

/**
 * Whether this build talks to the sandbox on this computer. Vite hands the code the WXT_ variables
 * of the environment as literals, the bundler folds the comparison and inlines the constant where
 * it is tested, so whatever it guards is removed from a store build's code, not merely skipped at
 * run time. Keep it a plain comparison with the variable spelled out: a call is not folded.
 */
export const WITH_LOCAL_SANDBOX: boolean = import.meta.env.WXT_STORE_BUILD !== 'true';
