import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT } from '../../lib/autofill/worker/content-script-file';
import { summarize } from './stats';
import type { ResultRow } from './report';

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

/** Every file a script pulls in through static imports, itself included. */
export function withImports(outDir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(outDir, file), 'utf8');
  for (const match of source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    withImports(outDir, normalize(join(dirname(file), match[1]!)).replace(/^\//, ''), seen);
  }
  return seen;
}

/** The scripts and styles an HTML page loads before it can show anything. */
export function pageFiles(outDir: string, page: string): Set<string> {
  const html = readFileSync(join(outDir, page), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const file = match[1]!.replace(/^\//, '');
    if (file.endsWith('.js')) withImports(outDir, file, files);
    else files.add(file);
  }
  return files;
}

function sizeRows(outDir: string, what: string, files: Set<string>, budget?: number): ResultRow[] {
  const bytes = [...files].map((file) => readFileSync(join(outDir, file)));
  const raw = bytes.reduce((sum, b) => sum + b.length, 0);
  const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  return [
    { what: `${what}, raw`, unit: 'bytes', value: summarize([raw]) },
    { what: `${what}, gzip`, unit: 'bytes', value: summarize([gzip]), ...(budget !== undefined && { budget }) },
  ];
}

export function measureBundleSizes(outDir: string, budgets: Record<string, number | undefined>): ResultRow[] {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  const rows: ResultRow[] = [];
  const popup = manifest.action?.default_popup;
  if (popup) rows.push(...sizeRows(outDir, 'popup JS+CSS', pageFiles(outDir, popup), budgets.popup));
  const background = manifest.background?.service_worker;
  if (background) rows.push(...sizeRows(outDir, 'background JS', withImports(outDir, background), budgets.background));

  // The content script is injected on demand, so the manifest does not name it.
  const contentFile = CONTENT_SCRIPT.slice(1);
  if (existsSync(join(outDir, contentFile))) {
    rows.push(...sizeRows(outDir, 'content script JS', new Set([contentFile]), budgets.content));
  } else {
    rows.push({ what: 'content script, gzip', unit: 'bytes', note: 'not built yet', budget: budgets.content });
  }

  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) rows.push(...sizeRows(outDir, 'options page JS+CSS', pageFiles(outDir, options), budgets.options));
  else rows.push({ what: 'options page, gzip', unit: 'bytes', note: 'not built yet' });
  return rows;
}
