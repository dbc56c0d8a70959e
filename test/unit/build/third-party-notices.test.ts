import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageDirOf } from '../../../scripts/build/bundled-packages';
import { composeThirdPartyNotices, leadingComment, licenceIds } from '../../../scripts/build/third-party-notices';

describe('packageDirOf', () => {
  it('names the package folder of a bundled module, scoped or not, nested or not', () => {
    expect(packageDirOf('/repo/node_modules/preact/dist/preact.module.js')).toBe('/repo/node_modules/preact');
    expect(packageDirOf('/repo/node_modules/@bufbuild/protobuf/dist/esm/wire/varint.js')).toBe('/repo/node_modules/@bufbuild/protobuf');
    expect(packageDirOf('/repo/node_modules/a/node_modules/b/index.js?commonjs-proxy')).toBe('/repo/node_modules/a/node_modules/b');
    expect(packageDirOf('\0/repo/node_modules/idb/build/index.js')).toBe('/repo/node_modules/idb');
  });

  it('names nothing for the extension\'s own code', () => {
    expect(packageDirOf('/repo/lib/otp/generate.ts')).toBeUndefined();
    expect(packageDirOf('\0rolldown/runtime.js')).toBeUndefined();
  });
});

describe('licenceIds and leadingComment', () => {
  it('reads the ids of an SPDX expression', () => {
    expect(licenceIds('(Apache-2.0 AND BSD-3-Clause)')).toEqual(['Apache-2.0', 'BSD-3-Clause']);
    expect(licenceIds('MIT')).toEqual(['MIT']);
    expect(licenceIds(undefined)).toEqual([]);
  });

  it('takes the comment a file opens with, line comments or a block', () => {
    expect(leadingComment('// Copyright 2008 Someone\n//\n// Licensed.\nimport x;')).toBe('Copyright 2008 Someone\n\nLicensed.');
    expect(leadingComment('/**\n * Copyright A\n * B\n */\nexport {}')).toBe('Copyright A\nB');
    expect(leadingComment('export const a = 1; // Copyright')).toBeUndefined();
  });
});

describe('composeThirdPartyNotices', () => {
  const root = mkdtempSync(join(tmpdir(), 'notices-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function fakePackage(name: string, manifest: object, files: Record<string, string>): string {
    const dir = join(root, 'node_modules', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.2.3', ...manifest }));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  }

  it('lists every package with its licence file, and the data shipped with its notice', () => {
    const withFile = fakePackage('with-file', { license: 'ISC', repository: 'git+https://example.org/with-file.git' }, {
      LICENSE: 'ISC License\n\nCopyright (c) Someone',
      'index.js': 'export {}',
    });
    const text = composeThirdPartyNotices(new Map([[withFile, new Set([join(withFile, 'index.js')])]]), [
      { name: 'Some list', file: 'list.json', licence: 'MPL-2.0', source: 'https://example.org/list', notice: 'The notice.' },
    ]);
    expect(text).toContain('- with-file 1.2.3: ISC\n- Some list (list.json): MPL-2.0\n');
    expect(text).toContain('with-file 1.2.3\nLicence: ISC\nSource: https://example.org/with-file\n');
    expect(text).toContain('ISC License\n\nCopyright (c) Someone');
    expect(text).toContain('Some list (list.json)\nLicence: MPL-2.0\nSource: https://example.org/list\n');
  });

  it('gives a package without a licence file its author, its files\' copyright notices and the standard text', () => {
    const bare = fakePackage('bare', { license: 'MIT', author: { name: 'Ann Author' } }, {
      'index.js': '// Copyright 2020 Ann Author\nexport {}',
    });
    const text = composeThirdPartyNotices(new Map([[bare, new Set([join(bare, 'index.js')])]]), []);
    expect(text).toContain('its package.json names the licence MIT and the author Ann Author.\n\nCopyright 2020 Ann Author\n\nMIT License');
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });

  it('fails for a package whose licence has no text anywhere', () => {
    const odd = fakePackage('odd', { license: 'Some-Unknown-1.0' }, { 'index.js': 'export {}' });
    expect(() => composeThirdPartyNotices(new Map([[odd, new Set([join(odd, 'index.js')])]]), [])).toThrow(
      /odd ships no licence text: add the standard text of Some-Unknown-1\.0/,
    );
  });
});
