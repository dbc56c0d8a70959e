import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measureBundleSizes } from '../../../scripts/bench/bundle-sizes';

const out = mkdtempSync(join(tmpdir(), 'bundle-sizes-'));
const write = (file: string, text: string) => {
  mkdirSync(join(out, file, '..'), { recursive: true });
  writeFileSync(join(out, file), text);
};
write('manifest.json', JSON.stringify({ background: { service_worker: 'background.js' }, action: { default_popup: 'popup.html' } }));
write('popup.html', '<script async src="/early.js"></script><script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" href="/assets/popup.css">');
write('early.js', 'send();');
write('chunks/popup.js', 'import{a}from"./shared.js";a();');
write('chunks/shared.js', 'export const a=()=>1;');
write('chunks/unused.js', 'never loaded by the popup');
write('assets/popup.css', 'body{margin:0}');
write('background.js', 'self.x=1;');

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('bundle sizes', () => {
  it('counts what each page loads, following static imports, and says what is not built yet', () => {
    const rows = measureBundleSizes(out, { popup: 30_720, background: 46_080, content: 8_192 });
    const popupFiles = ['send();', 'import{a}from"./shared.js";a();', 'export const a=()=>1;', 'body{margin:0}'];
    const byName = Object.fromEntries(rows.map((row) => [row.what, row]));
    expect(byName['popup JS+CSS, raw']?.value?.median).toBe(popupFiles.join('').length);
    expect(byName['popup JS+CSS, gzip']?.value?.median).toBe(
      popupFiles.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0),
    );
    expect(byName['background JS, raw']?.value?.median).toBe('self.x=1;'.length);
    expect(byName['content script, gzip']).toMatchObject({ note: 'not built yet', budget: 8_192 });
    expect(byName['options page, gzip']).toMatchObject({ note: 'not built yet' });
  });
});
