// The layer rules run on the real import graph; each rule is also shown to fire on a planted
// violation, and the graph reader on a small tree of files, so a green run means the rules held.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closureOf, readImportGraph, runtimeClosure, type Edge, type ImportGraph } from './import-graph';
import { LAYERS } from './layers';
import {
  RULES,
  contentScriptReach,
  floorOrder,
  libImportsEntrypoints,
  pagesReach,
  wiringOutsideBackground,
  type Rule,
} from './rules';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('the real tree', () => {
  const graph = readImportGraph(repoRoot);

  it('is read, not empty, so the rules below cannot pass vacuously', () => {
    expect(graph.files.length).toBeGreaterThan(100);
    expect(graph.edges.some((edge) => edge.from.startsWith('lib/background/') && edge.to)).toBe(true);
    expect(graph.files.some((file) => LAYERS.contentEntry.some((entry) => file.startsWith(entry)))).toBe(true);
    expect(graph.files.some((file) => file.startsWith('entrypoints/popup/'))).toBe(true);
  });

  for (const [name, rule] of Object.entries(RULES)) {
    it(name, () => {
      expect(rule(graph, LAYERS)).toEqual([]);
    });
  }
});

const runs = (from: string, to: string): Edge => ({ from, to, pkg: undefined, typeOnly: false });
const types = (from: string, to: string): Edge => ({ from, to, pkg: undefined, typeOnly: true });
const uses = (from: string, pkg: string): Edge => ({ from, to: undefined, pkg, typeOnly: false });

function graphOf(edges: Edge[]): ImportGraph {
  const paths = edges.flatMap((edge) => [edge.from, edge.to ?? '']).filter((path) => /\.tsx?$/.test(path));
  return { files: [...new Set(paths)].sort(), edges };
}

// A small house that keeps every rule: background wiring, a capability over a client, the protocol
// pages use, two pages, and the content script with its gate.
const clean: Edge[] = [
  runs('entrypoints/background/index.ts', 'lib/background/start.ts'),
  runs('lib/background/start.ts', 'lib/server/login.ts'),
  runs('lib/background/start.ts', 'lib/vault/store.ts'),
  runs('lib/background/start.ts', 'lib/messaging/router.ts'),
  runs('lib/server/login.ts', 'lib/api/client.ts'),
  runs('lib/server/login.ts', 'lib/vault/store.ts'),
  runs('lib/api/client.ts', 'lib/zod.ts'),
  uses('lib/zod.ts', 'zod'),
  runs('lib/messaging/router.ts', 'lib/zod.ts'),
  uses('lib/messaging/client.ts', 'wxt'),
  runs('lib/protocol/client.ts', 'lib/messaging/client.ts'),
  types('lib/protocol/client.ts', 'lib/protocol/types.ts'),
  types('lib/protocol/types.ts', 'lib/server/login.ts'),
  runs('entrypoints/popup/main.tsx', 'lib/protocol/client.ts'),
  types('entrypoints/popup/main.tsx', 'lib/protocol/types.ts'),
  runs('entrypoints/popup/main.tsx', 'lib/ui/button.tsx'),
  uses('entrypoints/popup/main.tsx', 'preact'),
  runs('entrypoints/options/main.tsx', 'lib/protocol/client.ts'),
  uses('lib/ui/button.tsx', 'preact'),
  runs('entrypoints/content-script.ts', 'lib/autofill/page/listener.ts'),
  uses('entrypoints/content-script.ts', 'wxt'),
  runs('lib/autofill/page/listener.ts', 'lib/autofill/content-protocol.ts'),
  runs('lib/autofill/content-protocol.ts', 'lib/messaging/gate.ts'),
  uses('lib/messaging/gate.ts', 'wxt'),
  runs('lib/autofill/worker/flow.ts', 'lib/autofill/content-protocol.ts'),
  runs('lib/background/start.ts', 'lib/autofill/worker/flow.ts'),
];

describe('each rule fails on a planted violation', () => {
  it.each(Object.entries(RULES))('the clean house keeps "%s"', (_name, rule) => {
    expect(rule(graphOf(clean), LAYERS)).toEqual([]);
  });

  it.each<[string, Rule, Edge, string]>([
    [
      'lib naming an entrypoint, for a type',
      libImportsEntrypoints,
      types('lib/ui/button.tsx', 'entrypoints/popup/App.tsx'),
      'lib/ui/button.tsx -> entrypoints/popup/App.tsx: lib/ imports an entrypoint',
    ],
    [
      'a capability leaning on the wiring, for a type',
      wiringOutsideBackground,
      types('lib/server/login.ts', 'lib/background/deps.ts'),
      'lib/server/login.ts -> lib/background/deps.ts: only entrypoints/background/ may import the wiring',
    ],
    [
      'the content script reaching the worker side, for a type',
      contentScriptReach,
      types('lib/autofill/page/listener.ts', 'lib/autofill/worker/flow.ts'),
      'lib/autofill/page/listener.ts -> lib/autofill/worker/flow.ts: the content script may reach only ' +
        'entrypoints/content-script.ts, lib/autofill/page/, lib/autofill/content-protocol.ts, lib/messaging/gate.ts, lib/parser.ts',
    ],
    [
      'the content script carrying zod',
      contentScriptReach,
      uses('lib/autofill/content-protocol.ts', 'zod'),
      'lib/autofill/content-protocol.ts -> zod: the content script carries no package but wxt',
    ],
    [
      'a page naming the vault, for a type',
      pagesReach,
      types('entrypoints/popup/main.tsx', 'lib/vault/store.ts'),
      'entrypoints/popup/main.tsx -> lib/vault/store.ts: a page names lib/vault/ directly; pages learn types through lib/protocol/',
    ],
    [
      'a page shipping an API client through the protocol',
      pagesReach,
      runs('lib/protocol/client.ts', 'lib/api/client.ts'),
      'lib/protocol/client.ts -> lib/api/client.ts: lib/api/ is in the runtime closure of page ' +
        'entrypoints/options/main.tsx (and 1 more page file)',
    ],
    [
      'a page shipping zod',
      pagesReach,
      runs('lib/ui/button.tsx', 'lib/zod.ts'),
      'lib/zod.ts -> zod: zod is in the runtime closure of page entrypoints/popup/main.tsx (and 1 more page file)',
    ],
    [
      'a store climbing to a capability',
      floorOrder,
      runs('lib/vault/store.ts', 'lib/server/login.ts'),
      'lib/vault/store.ts -> lib/server/login.ts: climbs from floor 6 (stores and clients) to floor 9 (capabilities)',
    ],
    [
      'a store crossing to its neighbour on the same floor, for a type',
      floorOrder,
      types('lib/vault/store.ts', 'lib/api/client.ts'),
      'lib/vault/store.ts -> lib/api/client.ts: crosses from lib/vault/ to lib/api/ on floor 6 (stores and clients) ' +
        'with no declared exception',
    ],
    [
      'one entrypoint importing another',
      floorOrder,
      runs('entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx'),
      'entrypoints/popup/main.tsx -> entrypoints/options/main.tsx: crosses from entrypoints/popup/ to entrypoints/options/ ' +
        'on floor 13 (entrypoints) with no declared exception',
    ],
    [
      'an exception taken against its direction',
      floorOrder,
      types('entrypoints/popup-opening.ts', 'entrypoints/popup/main.tsx'),
      'entrypoints/popup-opening.ts -> entrypoints/popup/main.tsx: crosses from entrypoints/popup-opening.ts ' +
        'to entrypoints/popup/ on floor 13 (entrypoints) with no declared exception',
    ],
    [
      'an import of a path outside the house',
      floorOrder,
      runs('lib/vault/store.ts', 'scripts/seed.mjs'),
      'lib/vault/store.ts -> scripts/seed.mjs: imports a path not placed in the house',
    ],
    [
      'a file in an undeclared folder',
      floorOrder,
      runs('lib/background/start.ts', 'lib/session/lock.ts'),
      'lib/session/lock.ts: not placed in the house; declare its unit in layers.ts',
    ],
  ])('%s', (_what, rule, planted, violation) => {
    expect(rule(graphOf([...clean, planted]), LAYERS)).toEqual([violation]);
  });

  it('lets a type-only package import pass where only what ships is judged', () => {
    const typeOfZod: Edge = { ...uses('lib/autofill/page/listener.ts', 'zod'), typeOnly: true };
    expect(contentScriptReach(graphOf([...clean, typeOfZod]), LAYERS)).toEqual([]);
    expect(pagesReach(graphOf([...clean, { ...typeOfZod, from: 'lib/ui/button.tsx' }]), LAYERS)).toEqual([]);
  });
});

describe('readImportGraph', () => {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('lib/a/index.ts', 'export const a = 1;\nexport type A = number;\n');
  write('lib/a/types.ts', 'export type T = string;\n');
  write('lib/style.css', 'p { margin: 0 }\n');
  write('lib/ignored.d.ts', "import { a } from './a';\n");
  write(
    'lib/b.ts',
    [
      "import { a } from './a';",
      "import type { T } from './a/types';",
      "import { type A } from './a/index';",
      "import C, { type Props } from '~/lib/c';",
      "import './style.css';",
      "import { z } from 'zod/mini';",
      "export { a as b } from '@/lib/a';",
      "export type { T as T2 } from './a/types';",
      "export { type T as T3 } from './a/types';",
      "export * from './c';",
      "export const later = () => import('./c');",
    ].join('\n'),
  );
  write(
    'lib/c.tsx',
    "import { useState } from 'preact/hooks';\nimport { totp } from '@otplib/totp';\nexport default () => <p />;\n",
  );
  write(
    'entrypoints/popup/main.tsx',
    "import { browser } from 'wxt/browser';\nimport C from '../../lib/c';\nimport { gone } from './gone';\n",
  );
  const graph = readImportGraph(root);
  const pkg = (from: string, name: string): Edge => ({ from, to: undefined, pkg: name, typeOnly: false });

  it('lists the sources under lib/ and entrypoints/, declarations left out', () => {
    expect(graph.files).toEqual(['entrypoints/popup/main.tsx', 'lib/a/index.ts', 'lib/a/types.ts', 'lib/b.ts', 'lib/c.tsx']);
  });

  it('reads every kind of import, resolved, with type-only ones marked and packages named', () => {
    expect(graph.edges).toEqual([
      pkg('entrypoints/popup/main.tsx', 'wxt'),
      runs('entrypoints/popup/main.tsx', 'lib/c.tsx'),
      runs('entrypoints/popup/main.tsx', 'entrypoints/popup/gone'),
      runs('lib/b.ts', 'lib/a/index.ts'),
      types('lib/b.ts', 'lib/a/types.ts'),
      types('lib/b.ts', 'lib/a/index.ts'),
      runs('lib/b.ts', 'lib/c.tsx'),
      runs('lib/b.ts', 'lib/style.css'),
      pkg('lib/b.ts', 'zod'),
      runs('lib/b.ts', 'lib/a/index.ts'),
      types('lib/b.ts', 'lib/a/types.ts'),
      types('lib/b.ts', 'lib/a/types.ts'),
      runs('lib/b.ts', 'lib/c.tsx'),
      runs('lib/b.ts', 'lib/c.tsx'),
      pkg('lib/c.tsx', 'preact'),
      pkg('lib/c.tsx', '@otplib/totp'),
    ]);
  });

  it('follows runtime edges for what ships, and type-only ones only when asked', () => {
    expect([...runtimeClosure(graph, ['lib/b.ts'])].sort()).toEqual(['lib/a/index.ts', 'lib/b.ts', 'lib/c.tsx', 'lib/style.css']);
    expect([...closureOf(graph, ['lib/b.ts'], true)].sort()).toEqual([
      'lib/a/index.ts',
      'lib/a/types.ts',
      'lib/b.ts',
      'lib/c.tsx',
      'lib/style.css',
    ]);
  });
});
