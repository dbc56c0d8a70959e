// `npm run zip:chrome` and `npm run zip:firefox`: the store package of one browser (and, for
// Firefox, its sources package). A store build is the production build with WXT_STORE_BUILD set
// (lib/store-build.ts says what that changes). It is set here rather than in package.json, where
// `NAME=value command` works in sh but not in Windows' cmd.
import { zip } from 'wxt';

const browser = process.argv[2];
if (browser !== 'chrome' && browser !== 'firefox') {
  console.error('Usage: node scripts/zip-store.mjs chrome|firefox');
  process.exit(2);
}
process.env.WXT_STORE_BUILD = 'true';
// A production build whatever the caller's shell says: WXT takes NODE_ENV as it finds it, and any
// other value (vitest's "test", a developer's "development") would build another package.
process.env.NODE_ENV = 'production';
await zip({ browser });
