// The store packages carry no code for the sandbox on this computer: its profiles are removed by
// the bundler (lib/store-build.ts), not merely hidden, while the development build keeps them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';
import { readStorePackage } from './support/store-packages';

/** Text only the sandbox's profiles and its plain-http exception put into a bundle. */
const SANDBOX_MARKERS = ['Local sandbox', 'sandbox-amadis', 'http://127.0.0.1:8787', 'only servers on this computer may use http'];

function markersIn(files: Iterable<[string, Buffer]>): string[] {
  const found: string[] = [];
  for (const [name, content] of files) {
    const text = content.toString('utf8');
    for (const marker of SANDBOX_MARKERS) if (text.includes(marker)) found.push(`${name}: ${marker}`);
  }
  return found;
}

function readOutputDir(dir: string): [string, Buffer][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), readFileSync(path)];
    });
}

describe('sandbox code', () => {
  it('is in the development build (so the markers below are the right ones)', () => {
    const found = markersIn(readOutputDir(EXTENSION_DIR)).map((hit) => hit.replace(/^.*: /u, ''));
    expect(new Set(found)).toEqual(new Set(SANDBOX_MARKERS));
  });

  it.each(['chrome', 'firefox'] as const)('is not in the %s store package', async (which) => {
    expect(markersIn(await readStorePackage(which))).toEqual([]);
  });
});
