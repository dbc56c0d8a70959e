// Reads the repository's own import graph from source, so the architecture rules judge the code as
// it is on disk rather than a hand-kept list that could drift from it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** One import: `to` is a repo-relative path for our own modules, `pkg` the package name otherwise. */
export interface Edge {
  from: string;
  to: string | undefined;
  pkg: string | undefined;
  typeOnly: boolean;
}

export interface ImportGraph {
  files: string[];
  edges: Edge[];
}

const SOURCE_ROOTS = ['lib', 'entrypoints'];
// The aliases WXT declares in .wxt/tsconfig.json; all of them point at the repo root.
const ROOT_ALIASES = ['@/', '~/', '@@/', '~~/'];

export function readImportGraph(rootDir: string): ImportGraph {
  const files = SOURCE_ROOTS.flatMap((dir) => listSources(rootDir, dir)).sort();
  const edges = files.flatMap((file) => readImports(rootDir, file));
  return { files, edges };
}

/** Every file reached from `starts`, following runtime edges, and type-only ones too if asked. */
export function closureOf(graph: ImportGraph, starts: Iterable<string>, withTypeOnly = false): Set<string> {
  const next = new Map<string, string[]>();
  for (const { from, to, typeOnly } of graph.edges) {
    if (to !== undefined && (withTypeOnly || !typeOnly)) next.set(from, [...(next.get(from) ?? []), to]);
  }
  const seen = new Set(starts);
  const queue = [...seen];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const to of next.get(file) ?? []) {
      if (!seen.has(to)) queue.push(to);
      seen.add(to);
    }
  }
  return seen;
}

/** What ships with `starts`: the files its runtime imports pull in, transitively. */
export function runtimeClosure(graph: ImportGraph, starts: Iterable<string>): Set<string> {
  return closureOf(graph, starts, false);
}

function listSources(rootDir: string, dir: string): string[] {
  if (!existsSync(join(rootDir, dir))) return [];
  return readdirSync(join(rootDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(rootDir, path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function readImports(rootDir: string, file: string): Edge[] {
  const text = readFileSync(join(rootDir, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const edges: Edge[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteralLike(specifier)) edges.push(edgeTo(rootDir, file, specifier.text, typeOnly));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, importIsTypeOnly(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, exportIsTypeOnly(node));
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

// `import type {…}`, or `import { type A, type B }`: erased at build time, so nothing ships.
function importIsTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && !!named && ts.isNamedImports(named) && allTypeOnly(named.elements);
}

function exportIsTypeOnly(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && allTypeOnly(clause.elements);
}

function allTypeOnly(elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>): boolean {
  return elements.length > 0 && elements.every((element) => element.isTypeOnly);
}

function edgeTo(rootDir: string, from: string, specifier: string, typeOnly: boolean): Edge {
  const alias = ROOT_ALIASES.find((prefix) => specifier.startsWith(prefix));
  if (alias) return { from, to: resolveFile(rootDir, specifier.slice(alias.length)), pkg: undefined, typeOnly };
  if (specifier.startsWith('.')) {
    return { from, to: resolveFile(rootDir, posix.join(posix.dirname(from), specifier)), pkg: undefined, typeOnly };
  }
  return { from, to: undefined, pkg: packageName(specifier), typeOnly };
}

/** `zod/mini` -> `zod`, `@otplib/totp` stays whole: the part a package.json dependency names. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

// The bundler's resolution for our own files; anything else (a stylesheet, an asset, a file that
// is not there) keeps its path, so a rule still sees where the import points.
function resolveFile(rootDir: string, path: string): string {
  const base = path.replace(/\.js$/, '');
  const candidates = [path, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => isFile(join(rootDir, candidate))) ?? path;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
