// The store packages `npm run zip` leaves in .output/ (npm test makes them before these tests), read
// back as the stores receive them. Their names follow wxt's default templates: name-version-browser.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';

export type StorePackage = 'chrome' | 'firefox' | 'sources';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };

/** Where `npm run zip` leaves a package, in this checkout or in another folder of the sources. */
export function storePackagePath(which: StorePackage, root = '.'): string {
  return resolve(root, '.output', `${name}-${version}-${which}.zip`);
}

/** Every file of a package by its path inside the zip. A missing package says how to make it. */
export async function readStorePackage(which: StorePackage, root = '.'): Promise<Map<string, Buffer>> {
  const path = storePackagePath(which, root);
  if (!existsSync(path)) throw new Error(`No ${which} package at ${path}: run "npm run zip" first.`);
  return readZip(readFileSync(path));
}

async function readZip(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

export async function readPackagedManifest<T>(which: Exclude<StorePackage, 'sources'>): Promise<{ manifest: T; files: Map<string, Buffer> }> {
  const files = await readStorePackage(which);
  const manifest = files.get('manifest.json');
  if (!manifest) throw new Error(`The ${which} package has no manifest.json.`);
  return { manifest: JSON.parse(manifest.toString('utf8')) as T, files };
}
