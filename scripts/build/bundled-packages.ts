// Which npm packages end up in the extension, read from the build itself: a Vite plugin sees every
// chunk of every build WXT runs (background, pages, content script) and records the packages whose
// code was kept in one. A package the bundler tree-shook away entirely is not shipped, so it is not
// recorded; one added tomorrow is recorded without anyone having to list it.
import type { WxtViteConfig } from 'wxt';

type VitePlugin = NonNullable<WxtViteConfig['plugins']>[number];

/** What the plugin needs of a Rolldown output chunk. */
interface ChunkModules {
  type: 'chunk' | 'asset';
  modules?: Record<string, { renderedLength: number }>;
}

/** The folder of the package a bundled module comes from (`…/node_modules/@scope/name`), if any. */
export function packageDirOf(moduleId: string): string | undefined {
  // Virtual modules start with \0; queries (`?commonjs-proxy`) are not part of the file.
  const id = moduleId.replace(/^\0/u, '').split('?')[0]!.replaceAll('\\', '/');
  const marker = '/node_modules/';
  const at = id.lastIndexOf(marker);
  if (at < 0) return undefined;
  const parts = id.slice(at + marker.length).split('/');
  const nameParts = parts[0]?.startsWith('@') ? 2 : 1;
  if (parts.length <= nameParts) return undefined;
  return id.slice(0, at + marker.length) + parts.slice(0, nameParts).join('/');
}

export interface BundledPackages {
  /** Add to every Vite build of the extension. */
  plugin: VitePlugin;
  /** Each package's folder, with the files of it whose code was kept. */
  byFolder(): ReadonlyMap<string, ReadonlySet<string>>;
}

export function recordBundledPackages(): BundledPackages {
  const packages = new Map<string, Set<string>>();
  const plugin: VitePlugin = {
    name: 'otp-companion:bundled-packages',
    generateBundle(_options: unknown, bundle: Record<string, ChunkModules>) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(output.modules ?? {})) {
          const dir = module.renderedLength > 0 ? packageDirOf(id) : undefined;
          if (!dir) continue;
          const files = packages.get(dir) ?? new Set<string>();
          files.add(id.replace(/^\0/u, '').split('?')[0]!);
          packages.set(dir, files);
        }
      }
    },
  };
  return { plugin, byFolder: () => packages };
}
