// The layer rules as pure functions of a graph and the declared layers, so each can be proven on a
// small graph built in memory as well as run on the real one. Each returns `from -> to: reason` lines.
import { closureOf, runtimeClosure, type Edge, type ImportGraph } from './import-graph';
import { unitOf, within, withinAny, type Layers, type Unit } from './layers';

export type Rule = (graph: ImportGraph, layers: Layers) => string[];

const line = (edge: Edge, reason: string) => `${edge.from} -> ${edge.to ?? edge.pkg}: ${reason}`;
const report = (lines: Iterable<string>) => [...new Set(lines)].sort();

/** a. lib/ is what entrypoints are built from; it never reaches back into them, not even for a type. */
export const libImportsEntrypoints: Rule = (graph) =>
  report(
    graph.edges
      .filter((edge) => edge.from.startsWith('lib/') && edge.to?.startsWith('entrypoints/'))
      .map((edge) => line(edge, 'lib/ imports an entrypoint')),
  );

/** b. The wiring is started by the background entrypoint alone; nothing else may lean on it. */
export const wiringOutsideBackground: Rule = (graph, layers) =>
  report(
    graph.edges
      .filter((edge) => edge.to !== undefined && within(edge.to, layers.wiring))
      .filter((edge) => !within(edge.from, layers.wiring) && !within(edge.from, layers.backgroundEntry))
      .map((edge) => line(edge, `only ${layers.backgroundEntry} may import the wiring`)),
  );

/** c. The content script runs in the user's pages: it reaches its own folder and packages but wxt, nothing more. */
export const contentScriptReach: Rule = (graph, layers) => {
  const entries = graph.files.filter((file) => withinAny(file, layers.contentEntry));
  const allowed = [...layers.contentEntry, layers.contentFolder, ...layers.contentAllowedFiles];
  const everything = closureOf(graph, entries, true);
  const shipped = runtimeClosure(graph, entries);
  const outside = graph.edges
    .filter((edge) => everything.has(edge.from) && withinAny(edge.from, allowed))
    .filter((edge) => edge.to !== undefined && !withinAny(edge.to, allowed))
    .map((edge) => line(edge, `the content script may reach only ${allowed.join(', ')}`));
  const packages = graph.edges
    .filter((edge) => shipped.has(edge.from) && !edge.typeOnly && edge.pkg !== undefined)
    .filter((edge) => !layers.contentPackages.includes(edge.pkg ?? ''))
    .map((edge) => line(edge, `the content script carries no package but ${layers.contentPackages.join(', ')}`));
  return report([...outside, ...packages]);
};

/** d. Pages talk to the background through lib/protocol/; they ship no vault, API, server or wiring code, and no zod. */
export const pagesReach: Rule = (graph, layers) => {
  const isPage = (path: string) => withinAny(path, layers.pages);
  const forbiddenIn = (path: string | undefined) => layers.pageForbidden.find((prefix) => path && within(path, prefix));
  const direct = graph.edges
    .filter((edge) => isPage(edge.from) && forbiddenIn(edge.to))
    .map((edge) => line(edge, `a page names ${forbiddenIn(edge.to)} directly; pages learn types through lib/protocol/`));
  // Each crossing is reported once, with the pages whose runtime closure it lies in. The walk stops
  // at forbidden files: what lies beyond one comes with it, and goes when the crossing does.
  const crossings = new Map<string, string[]>();
  const upToForbidden = { files: graph.files, edges: graph.edges.filter((edge) => !forbiddenIn(edge.from)) };
  for (const page of graph.files.filter(isPage)) {
    const shipped = runtimeClosure(upToForbidden, [page]);
    for (const edge of graph.edges) {
      if (edge.typeOnly || !shipped.has(edge.from) || forbiddenIn(edge.from)) continue;
      const what = isPage(edge.from) ? undefined : forbiddenIn(edge.to);
      const pkg = edge.pkg !== undefined && layers.pageForbiddenPackages.includes(edge.pkg) ? edge.pkg : undefined;
      const key = what ?? pkg;
      if (key === undefined) continue;
      const crossing = line(edge, key);
      crossings.set(crossing, [...(crossings.get(crossing) ?? []), page]);
    }
  }
  const carried = [...crossings].map(([crossing, pages]) => {
    const more = pages.length > 1 ? ` (and ${pages.length - 1} more page file${pages.length > 2 ? 's' : ''})` : '';
    return `${crossing} is in the runtime closure of page ${pages[0]}${more}`;
  });
  return report([...direct, ...carried]);
};

/** e. Imports go down the floors, or stay in their unit; every file has a declared place. */
export const floorOrder: Rule = (graph, layers) => {
  const unplaced = graph.files
    .filter((file) => !unitOf(file, layers))
    .map((file) => `${file}: not placed in the house; declare its unit in layers.ts`);
  const climbs = graph.edges.flatMap((edge) => {
    const from = unitOf(edge.from, layers);
    if (!from || edge.to === undefined) return [];
    const to = unitOf(edge.to, layers);
    if (!to) return graph.files.includes(edge.to) ? [] : [line(edge, 'imports a path not placed in the house')];
    if (from.id === to.id || to.floor.rank < from.floor.rank) return [];
    const target = edge.to;
    if (layers.exceptions.some((allowed) => within(edge.from, allowed.from) && within(target, allowed.to))) return [];
    const floor = (unit: Unit) => `floor ${unit.floor.rank} (${unit.floor.name})`;
    return to.floor.rank === from.floor.rank
      ? [line(edge, `crosses from ${from.id} to ${to.id} on ${floor(from)} with no declared exception`)]
      : [line(edge, `climbs from ${floor(from)} to ${floor(to)}`)];
  });
  return report([...unplaced, ...climbs]);
};

export const RULES: Record<string, Rule> = {
  'lib imports no entrypoint': libImportsEntrypoints,
  'only the background entrypoint imports the wiring': wiringOutsideBackground,
  'the content script reaches only its own folder and wxt': contentScriptReach,
  'pages reach no vault, API, server or wiring code, and no zod': pagesReach,
  'imports follow the floor order': floorOrder,
};
