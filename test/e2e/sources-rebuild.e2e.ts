// addons.mozilla.org rebuilds the Firefox package from the sources package, following the README
// inside it, and compares the two. So does this test: unpack the sources into an empty folder,
// run the README's build command there, and find the very files of the uploaded package.
//
// Dependencies: the folder gets a link to this checkout's node_modules instead of its own
// `npm ci`. That takes no time and needs neither the network nor a warm npm cache (`npm ci
// --offline` fails on any tarball the cache lacks), and it is the same install: npm test runs after
// `npm ci` from the package-lock.json that the sources carry, which the test checks is this one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStorePackage } from './support/store-packages';

/** What the README tells reviewers to run after `npm ci`; the test runs the same. */
const REBUILD_SCRIPT = 'zip:firefox';

let sources: Map<string, Buffer>;
let folder: string;

beforeAll(async () => {
  sources = await readStorePackage('sources');
  folder = mkdtempSync(join(tmpdir(), 'otp-sources-'));
  for (const [path, content] of sources) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  // A junction on Windows needs no privilege; elsewhere the type is ignored.
  symlinkSync(resolve('node_modules'), join(folder, 'node_modules'), 'junction');
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function text(path: string): string {
  const file = sources.get(path);
  if (!file) throw new Error(`The sources package has no ${path}.`);
  return file.toString('utf8');
}

describe('the sources package', () => {
  it('pins the dependencies this checkout is tested with, and tells reviewers how to rebuild', () => {
    expect(text('package-lock.json')).toBe(readFileSync('package-lock.json', 'utf8'));
    expect(text('package.json')).toBe(readFileSync('package.json', 'utf8'));
    const readme = text('README.md');
    expect(readme).toContain('npm ci');
    expect(readme).toContain(`npm run ${REBUILD_SCRIPT}`);
  });

  it('rebuilds into the very files of the Firefox package', async () => {
    const build = spawnSync('npm', ['run', REBUILD_SCRIPT], {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

    const uploaded = await readStorePackage('firefox');
    const rebuilt = await readStorePackage('firefox', folder);
    expect([...rebuilt.keys()].sort()).toEqual([...uploaded.keys()].sort());
    const differing = [...uploaded].filter(([path, content]) => !rebuilt.get(path)?.equals(content)).map(([path]) => path);
    expect(differing).toEqual([]);
  }, 120_000);
});
