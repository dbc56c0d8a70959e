// browser.storage is read and written only through declared items (lib/storage): a key used
// anywhere else would escape the catalogue, its versions and "Erase everything". And the folders
// below keep to their floors: lib/storage and lib/settings are imported by the pages (the theme),
// so they stay clear of zod where the pages reach them, and the content script never loads them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Uses of the storage areas that are not reads or writes of a value, each with its reason. */
const ALLOWED: { file: string; use: string; why: string }[] = [
  {
    file: 'lib/vault/session-key.ts',
    use: 'browser.storage.session.setAccessLevel',
    why: 'pins the whole area to trusted contexts; the vault does it because the data key lives there',
  },
];

/** A line without its comment, near enough: prose may name the areas, code may not use them. */
const codeOf = (line: string) => (/^\s*(\/\*|\*)/.test(line) ? '' : line.replace(/(^|\s)\/\/.*$/, ''));

const FORBIDDEN = [/\bbrowser\.storage\b/, /\bchrome\.storage\b/, /\bstorage\.(local|session)\./];

describe('storage access', () => {
  it('goes through lib/storage everywhere in lib/ and entrypoints/', () => {
    const found: string[] = [];
    for (const file of [...sourcesUnder('lib'), ...sourcesUnder('entrypoints')]) {
      if (file.startsWith('lib/storage/')) continue;
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (!FORBIDDEN.some((pattern) => pattern.test(codeOf(line)))) return;
          if (ALLOWED.some((allowed) => allowed.file === file && line.includes(allowed.use))) return;
          found.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('allows each exception where it still is, once', () => {
    for (const { file, use } of ALLOWED) {
      expect(readFileSync(join(ROOT, file), 'utf8').split(use)).toHaveLength(2);
    }
  });
});

/**
 * What a source file imports (statically, for effect or dynamically), as paths from the root; with
 * type-only imports for a floor (a type is a dependency too), without them for what a bundle loads.
 */
function importsOf(file: string, withTypes = false): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const statics = withTypes ? /^(?:import|export)\s+[^;]*?from\s+'([^']+)'/gm : /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm;
  const patterns = [statics, /^import\s+'([^']+)'/gm, /\bimport\(\s*'([^']+)'\s*\)/g];
  const specifiers = patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return specifier;
    const base = relative(ROOT, resolve(ROOT, dirname(file), specifier));
    return ['.ts', '.tsx', '/index.ts'].map((ending) => base + ending).find((path) => existsSync(join(ROOT, path))) ?? base;
  });
}

/** Every file a source loads through imports that are not type-only, itself included. */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !/^(lib|entrypoints)\//.test(file)) return seen;
  seen.add(file);
  for (const imported of importsOf(file)) importGraph(imported, seen);
  return seen;
}

describe('floors', () => {
  it('lib/storage imports only wxt/browser, lib/zod.ts, lib/user-facing-error.ts and itself', () => {
    const allowed = /^(wxt\/browser|lib\/zod\.ts|lib\/user-facing-error\.ts|lib\/storage\/.*)$/;
    const imports = sourcesUnder('lib/storage').flatMap((file) => importsOf(file, true));
    expect(imports.filter((imported) => !allowed.test(imported))).toEqual([]);
  });

  it('lib/settings imports only lib/storage, lib/zod.ts, lib/user-facing-error.ts, wxt/browser and itself', () => {
    const allowed = /^(wxt\/browser|lib\/zod\.ts|lib\/user-facing-error\.ts|lib\/(storage|settings)\/.*)$/;
    const imports = sourcesUnder('lib/settings').flatMap((file) => importsOf(file, true));
    expect(imports.filter((imported) => !allowed.test(imported))).toEqual([]);
  });

  it('the theme a page applies loads no zod', () => {
    expect([...importGraph('lib/ui/apply-theme.ts')].filter((file) => file === 'lib/zod.ts')).toEqual([]);
  });

  it('the content script never loads lib/storage', () => {
    const graph = [...importGraph('entrypoints/content.ts')];
    expect(graph.length).toBeGreaterThan(3);
    expect(graph.filter((file) => file.startsWith('lib/storage/'))).toEqual([]);
  });
});
