import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extensions in the system's Chromium (test/e2e/*.e2e.ts) and
// Firefox (test/e2e/firefox/), and check the store packages, one file at a time: `npm test` makes
// both builds and the packages first.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // A poll here waits on the browser and the background: give it the same room as a locator's
    // own waits have, not the 1 s meant for in-process unit assertions. A poll that never sees its
    // value still fails, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
