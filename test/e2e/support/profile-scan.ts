import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` that contains any of the needles, as raw bytes. */
export function filesContaining(dir: string, needles: Uint8Array[]): string[] {
  const hits: string[] = [];
  const buffers = needles.map((needle) => Buffer.from(needle));
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      let stats;
      try {
        stats = statSync(full);
      } catch {
        continue; // sockets and files removed while walking
      }
      if (stats.isDirectory()) walk(full);
      else if (stats.isFile()) {
        const bytes = readFileSync(full);
        if (buffers.some((needle) => bytes.includes(needle))) hits.push(full);
      }
    }
  };
  walk(dir);
  return hits;
}

/**
 * A seed as anything on disk could hold it: Base32 (upper and lower case), Base64 (with or without
 * padding, standard or URL-safe), hex, and the raw bytes.
 */
export function seedNeedles(seed: Uint8Array, base32: string): Uint8Array[] {
  const bytes = Buffer.from(seed);
  const base64 = bytes.toString('base64').replace(/=+$/, '');
  return [base32, base32.toLowerCase(), base64, bytes.toString('base64url'), bytes.toString('hex')].map((text) => Buffer.from(text)).concat(bytes);
}
