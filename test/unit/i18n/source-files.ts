// The extension's own source files, read as text, for the checks that look at what the code says.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve('.');

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

export interface SourceFile {
  /** Repo-relative, with forward slashes. */
  path: string;
  text: string;
}

/** Every .ts and .tsx file the extension is built from (entrypoints, lib) and its build config. */
export function extensionSources(): SourceFile[] {
  const files = [...walk(join(ROOT, 'entrypoints')), ...walk(join(ROOT, 'lib')), join(ROOT, 'wxt.config.ts')];
  return files
    .filter((file) => /\.tsx?$/u.test(file) && !file.endsWith('.d.ts'))
    .map((file) => ({ path: relative(ROOT, file).replaceAll('\\', '/'), text: readFileSync(file, 'utf8') }));
}
