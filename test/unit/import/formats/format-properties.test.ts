// Whatever a file holds, each format's reader answers with rows or with one of its typed errors,
// whose sentence quotes nothing of the file: never a parser's message, a TypeError or a hang.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IMPORT_FORMATS, openImportFile, type FormatEntry, type ImportFormat } from '../../../../lib/import/formats';
import { ImportFileError } from '../../../../lib/import/formats/format-errors';
import { validateOtpAccount } from '../../../../lib/otp';
import { FIXTURE_PASSWORD } from '../../../fixtures/import/formats/fixture-accounts';
import { fixtureBytes } from './fixture-checks';

/** One sentence: "mOTP codes…" starts in lower case, as the name is written. */
const SENTENCE = /^[A-Za-z0-9].*\.$/u;

function expectRows(entries: FormatEntry[]): void {
  for (const entry of entries) {
    if (entry.ok) validateOtpAccount(entry.account);
    else expect(entry.reason).toMatch(SENTENCE);
  }
}

/** Every format's detect() and read() on the file: rows, or an ImportFileError with a sentence. */
async function expectTypedOutcome(bytes: Uint8Array, password: string | undefined, formats: readonly ImportFormat[] = IMPORT_FORMATS): Promise<void> {
  const file = openImportFile('generated.json', bytes);
  for (const format of formats) {
    expect(typeof format.detect(file)).toBe('boolean');
    if (format.detect(file)) expect(typeof format.isEncrypted(file)).toBe('boolean');
    try {
      expectRows(await format.read(file, password));
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      expect(error.message, `${format.id}: ${error.name}`).toMatch(SENTENCE);
      expect(error.message).not.toContain(FIXTURE_PASSWORD);
    }
  }
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const fixtureJson = (name: string) => JSON.parse(new TextDecoder().decode(fixtureBytes(name))) as unknown;

/** Replaces the value at one path of a JSON tree (chosen by `pick`) with `replacement`. */
function mutate(tree: unknown, pick: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...path, index]));
    else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(tree, []);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return replacement;
  const copy = structuredClone(tree) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

const PLAIN_FIXTURES = [
  'aegis-plain.json', '2fas-schema1.2fas', '2fas-schema4.2fas', 'otp_accounts.json', 'authenticator-plain.json', 'proton-authenticator.json',
];
/** Each read derives a key (scrypt, Argon2id, PBKDF2): fewer runs. */
const ENCRYPTED_FIXTURES = [
  'aegis-encrypted.json', '2fas-encrypted-schema4.2fas', 'authenticator-v1.json', 'authenticator-v2.json', 'authenticator-v3.json', 'proton-authenticator-encrypted.json',
];
const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, '', 0, -1, 1e300, 2 ** 40, 'U2FsdGVkX1', 'AAAA:BBBB:CCCC', '$argon2id$v=19$m=99999999,t=2,p=1$x$y'));

describe('import format properties', () => {
  test('arbitrary JSON: rows or a typed error from every format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.option(fc.string(), { nil: undefined }), async (json, password) => {
        await expectTypedOutcome(encode(json), password);
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary bytes, the encrypted andOTP layouts included: rows or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 200 }), async (bytes) => {
        // A plausible iteration count at the front, now and then, so the current layout is tried too.
        if (bytes.length > 4 && bytes[0]! % 2 === 0) bytes.set([0, 0, 0x03, 0xe8]);
        await expectTypedOutcome(bytes, FIXTURE_PASSWORD);
      }),
      { numRuns: 200 },
    );
  });

  test.each(PLAIN_FIXTURES)('%s with one value replaced: rows or a typed error', async (name) => {
    const tree = fixtureJson(name);
    await fc.assert(
      fc.asyncProperty(fc.nat(), replacement, async (pick, value) => {
        await expectTypedOutcome(encode(mutate(tree, pick, value)), undefined);
      }),
      { numRuns: 150 },
    );
  });

  test.each(ENCRYPTED_FIXTURES)('%s with one value replaced: rows or a typed error', async (name) => {
    const tree = fixtureJson(name);
    const formats = IMPORT_FORMATS.filter((format) => format.detect(openImportFile(name, fixtureBytes(name))));
    await fc.assert(
      fc.asyncProperty(fc.nat(), replacement, async (pick, value) => {
        await expectTypedOutcome(encode(mutate(tree, pick, value)), FIXTURE_PASSWORD, formats);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  test('cut encrypted andOTP files: rows or a typed error', async () => {
    const bytes = fixtureBytes('otp_accounts.json.aes');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length }), async (length) => {
        await expectTypedOutcome(bytes.subarray(0, length), FIXTURE_PASSWORD);
      }),
      { numRuns: 20 },
    );
  });
});
