// The declared shape of the code, kept as data in one place so the rules stay generic and a change
// of shape is a reviewed change here. Paths are repo-relative prefixes: one ending in `/` is a folder,
// any other is a single file.

export interface Floor {
  rank: number;
  name: string;
  units: readonly string[];
}

/** An import the floor order would refuse but that is wanted, with the reason it is wanted. */
export interface LayerException {
  from: string;
  to: string;
  reason: string;
}

export interface Layers {
  floors: readonly Floor[];
  /** Folders whose every direct child (a folder or a file) is a unit of its own. */
  childUnits: readonly string[];
  exceptions: readonly LayerException[];
  pages: readonly string[];
  /** What a page must not carry at runtime, nor name directly even for a type. */
  pageForbidden: readonly string[];
  pageForbiddenPackages: readonly string[];
  wiring: string;
  backgroundEntry: string;
  contentEntry: readonly string[];
  contentFolder: string;
  contentAllowedFiles: readonly string[];
  contentPackages: readonly string[];
}

export const LAYERS: Layers = {
  // Bottom to top: an import goes down, or stays inside its own unit.
  floors: [
    // The English messages, whose keys type the code's message names (a type-only import).
    { rank: 0, name: 'data', units: ['public/_locales/'] },
    {
      rank: 1,
      name: 'foundations',
      units: [
        'lib/zod.ts',
        'lib/user-facing-error.ts',
        'lib/parser.ts',
        'lib/host-pattern.ts',
        'lib/store-build.ts',
        'lib/messaging/gate.ts',
        'lib/autofill/content-protocol.ts',
        // Every layer speaks to users, so the way to the browser's messages sits under all of them.
        'lib/i18n/',
      ],
    },
    { rank: 2, name: 'pure code', units: ['lib/crypto/', 'lib/autofill/page/'] },
    { rank: 3, name: 'one-time codes', units: ['lib/otp/'] },
    { rank: 4, name: 'mechanisms', units: ['lib/storage/', 'lib/messaging/'] },
    { rank: 5, name: 'preferences', units: ['lib/settings/'] },
    { rank: 6, name: 'stores and clients', units: ['lib/vault/', 'lib/api/'] },
    { rank: 7, name: 'account views and the clipboard', units: ['lib/accounts/', 'lib/clipboard/'] },
    { rank: 8, name: 'import', units: ['lib/import/'] },
    { rank: 9, name: 'capabilities', units: ['lib/server/', 'lib/autofill/worker/', 'lib/backup/', 'lib/sync/'] },
    // Types derived from the capabilities' message definitions, plus the typed client pages use.
    { rank: 10, name: 'protocol', units: ['lib/protocol/'] },
    { rank: 11, name: 'shared page code', units: ['lib/ui/'] },
    { rank: 12, name: 'wiring', units: ['lib/background/'] },
    { rank: 13, name: 'entrypoints', units: ['entrypoints/'] },
  ],
  childUnits: ['entrypoints/'],
  exceptions: [
    {
      from: 'lib/messaging/gate.ts',
      to: 'lib/parser.ts',
      reason: 'the gate checks bodies with the one parser shape that stored values use too',
    },
    {
      from: 'lib/autofill/content-protocol.ts',
      to: 'lib/messaging/gate.ts',
      reason: 'every channel, the content one included, passes the one gate',
    },
  ],
  pages: ['entrypoints/popup/', 'entrypoints/options/', 'entrypoints/privacy-policy/', 'entrypoints/popup-opening.ts', 'lib/ui/'],
  pageForbidden: ['lib/vault/', 'lib/api/', 'lib/server/', 'lib/background/'],
  pageForbiddenPackages: ['zod'],
  wiring: 'lib/background/',
  backgroundEntry: 'entrypoints/background/',
  contentEntry: ['entrypoints/content-script.ts'],
  contentFolder: 'lib/autofill/page/',
  contentAllowedFiles: ['lib/autofill/content-protocol.ts', 'lib/messaging/gate.ts', 'lib/parser.ts'],
  // The content script runs inside every page the user fills: it carries the browser API and nothing more.
  contentPackages: ['wxt'],
};

/** Whether `path` lies in `prefix`: inside it for a folder, equal to it for a file. */
export function within(path: string, prefix: string): boolean {
  return prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix;
}

export function withinAny(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => within(path, prefix));
}

export interface Unit {
  id: string;
  floor: Floor;
}

/** The unit a path belongs to, by the longest declared prefix; undefined if it is not placed. */
export function unitOf(path: string, layers: Layers): Unit | undefined {
  let best: Unit | undefined;
  for (const floor of layers.floors) {
    for (const prefix of floor.units) {
      if (within(path, prefix) && (!best || prefix.length > best.id.length)) best = { id: prefix, floor };
    }
  }
  const parent = best && layers.childUnits.find((folder) => folder === best?.id);
  if (!best || !parent) return best;
  // A direct child of such a folder: `entrypoints/popup/…` is the unit `entrypoints/popup/`.
  const [child, ...rest] = path.slice(parent.length).split('/');
  return { id: parent + child + (rest.length > 0 ? '/' : ''), floor: best.floor };
}
