// The store packages carry no code for the sandbox on this computer: its profiles are removed by
// the bundler (lib/store-build.ts), not merely hidden, while the development build keeps them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';
import { readStorePackage } from './support/store-packages';

/**
 * Text only the sandbox's profiles and its plain-http exception put into a bundle. The exception's
 * sentence is a message: the code names it by its key.
 */
const SANDBOX_MARKERS = ['Local sandbox', 'sandbox-amadis', 'http://127.0.0.1:8787', 'apiServerUrlInsecureOrLocal'];

/**
 * The message files are data both builds share (a store build carries the exception's sentence
 * unused); what matters is that no code of the store build reaches it.
 */
const isMessageFile = (name: string) => name.replaceAll('\\', '/').startsWith('_locales/');

function markersIn(files: Iterable<[string, Buffer]>): string[] {
  const found: string[] = [];
  for (const [name, content] of files) {
    if (isMessageFile(name)) continue;
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
