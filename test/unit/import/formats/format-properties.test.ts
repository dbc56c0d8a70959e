// Whatever a file holds, each format's reader answers with entries or with one of its typed errors
// (format-errors.ts), whose sentence quotes nothing of the file: never a parser's message, a
// TypeError or a hang. Generated JSON, bytes and text, and every fixture with one JSON value
// replaced, characters edited or cut short, go through every format, claimed by it or not.
//
// The work is bounded whatever is generated: files give at most 1,000 entries, and the key
// derivations run through ./bounded-kdfs.ts, which checks each against the product's limits and
// derives for real only at the apps' own settings, once for each inputs. Each read is held to the
// number of slow derivations a file may ask for (KDF_MAX_RUNS).
import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { IMPORT_FORMATS, openImportFile, type FormatEntry, type ImportFormat } from '../../../../lib/import/formats';
import { KDF_MAX_RUNS } from '../../../../lib/import/formats/crypto/kdf-limits';
import { ImportFileError } from '../../../../lib/import/formats/format-errors';
import { validateOtpAccount } from '../../../../lib/otp';
import { FIXTURE_PASSWORD } from '../../../fixtures/import/formats/fixture-accounts';
import { fixtureFiles } from '../../../fixtures/import/formats/generate';
import { kdfWork } from './bounded-kdfs';

vi.mock('../../../../lib/import/formats/crypto/slow-kdfs', async (importOriginal) => {
  const { boundedSlowKdfs } = await import('./bounded-kdfs');
  return boundedSlowKdfs(await importOriginal());
});
vi.mock('../../../../lib/import/formats/crypto/web-crypto', async (importOriginal) => {
  const { boundedWebCrypto } = await import('./bounded-kdfs');
  return boundedWebCrypto(await importOriginal());
});

beforeEach(() => {
  kdfWork.slowRuns = 0;
  kdfWork.pbkdf2Runs = 0;
});

/** One sentence: "mOTP codes…" starts in lower case, as the name is written; a name quoted may hold a line break. */
const SENTENCE = /^[A-Za-z0-9].*\.$/su;

function expectEntries(entries: FormatEntry[]): void {
  expect(entries.length).toBeLessThanOrEqual(1000);
  for (const entry of entries) {
    if (entry.ok) validateOtpAccount(entry.account);
    else expect(entry.reason).toMatch(SENTENCE);
  }
}

/** Every format's detect() and read() on the file: entries, or an ImportFileError with a sentence. */
async function expectTypedOutcome(bytes: Uint8Array, password: string | undefined, name = 'generated.json', formats: readonly ImportFormat[] = IMPORT_FORMATS): Promise<void> {
  const file = openImportFile(name, bytes);
  for (const format of formats) {
    expect(typeof format.detect(file)).toBe('boolean');
    if (format.detect(file)) expect(typeof format.isEncrypted(file)).toBe('boolean');
    kdfWork.slowRuns = 0;
    kdfWork.pbkdf2Runs = 0;
    try {
      expectEntries(await format.read(file, password));
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      expect(error.message, `${format.id}: ${error.name}`).toMatch(SENTENCE);
      expect(error.message).not.toContain(FIXTURE_PASSWORD);
    }
    // Without a password nothing is derived; with one, no more than a file may ask for.
    expect(kdfWork.slowRuns, format.id).toBeLessThanOrEqual(password === undefined ? 0 : KDF_MAX_RUNS);
    expect(kdfWork.pbkdf2Runs, format.id).toBeLessThanOrEqual(password === undefined ? 0 : 2);
  }
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

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

const FIXTURES = Object.entries(fixtureFiles()).map(([name, content]) => ({ name, bytes: new Uint8Array(Buffer.from(content)) }));
const asJson = (bytes: Uint8Array): unknown => {
  try {
    return JSON.parse(decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
};
/** Every fixture that opens with the fixtures' password, or needs none. */
const needsPassword = ({ name, bytes }: { name: string; bytes: Uint8Array }) => {
  const file = openImportFile(name, bytes);
  return IMPORT_FORMATS.find((format) => format.detect(file))?.isEncrypted(file) ?? false;
};
const JSON_FIXTURES = FIXTURES.filter(({ bytes }) => asJson(bytes) !== undefined);
const TEXT_FIXTURES = FIXTURES.filter(({ name }) => !name.endsWith('.aes'));

/** Pieces of every format, so that generated text gets past the first checks. */
const pieces = fc.constantFrom(
  '{', '}', '[', ']', '"', ',', ':', '\n', '\r\n', ' ', 'null', 'true', '-1', '300', '1e400',
  '"encrypted"', '"items"', '"login"', '"totp"', '"tokens"', '"tokenOrder"', '"secret"', '"type"', '"TOTP"', '"HOTP"',
  '"header"', '"slots"', '"params"', '"db"', '"schemaVersion"', '"services"', '"servicesEncrypted"', '"dataType"', '"Key"',
  '"EncOTPStorage"', '"salt"', '"content"', '"entries"', '"version"', '"encryptedData"', '"kdfParams"',
  'login_totp', 'otpauth://totp/', 'otpauth://steam/', 'steam://', '?secret=JBSWY3DPEHPK3PXP', '&codeDisplay=', '%7B', '%', '#',
  'U2FsdGVkX1', '$argon2id$v=19$m=19456,t=2,p=1$', 'AAAA:BBBB:CCCC',
);
const generatedText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: pieces, maxLength: 60 }),
  fc.json({ maxDepth: 4 }),
  fc.anything({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? ''),
);
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', 0, -1, 1e300, 2 ** 40, 'U2FsdGVkX1', 'AAAA:BBBB:CCCC', '$argon2id$v=19$m=99999999,t=2,p=1$x$y', '$argon2id$v=19$m=262144,t=10,p=1$x$y'),
  // Key derivation settings within the limits and far above what the apps write.
  fc.constantFrom(2 ** 18, 32, 4, 10_000_000),
);

/** A few characters deleted, inserted or replaced anywhere. */
function edited(text: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 8 }),
    insert: fc.string({ unit: fc.oneof(pieces, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 3 }),
  });
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((result, { at, remove, insert }) => result.slice(0, at) + insert + result.slice(at + remove), text),
  );
}

describe('import format properties', () => {
  test('arbitrary JSON: entries or a typed error from every format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.option(fc.string(), { nil: undefined }), async (json, password) => {
        await expectTypedOutcome(encode(json), password);
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary bytes, the encrypted andOTP layouts included: entries or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 200 }), async (bytes) => {
        // A plausible iteration count at the front, now and then, so the current layout is tried too.
        if (bytes.length > 4 && bytes[0]! % 2 === 0) bytes.set([0, 0, 0x03, 0xe8]);
        await expectTypedOutcome(bytes, FIXTURE_PASSWORD, 'otp_accounts.json.aes');
      }),
      { numRuns: 200 },
    );
  });

  test('text made of the formats\' own pieces, under any name: entries or a typed error', async () => {
    const names = fc.constantFrom('generated.txt', 'ente-auth-codes-2025-05-17.txt', 'export.csv', 'backup.json.aes');
    await fc.assert(
      fc.asyncProperty(generatedText, names, fc.option(fc.constant(FIXTURE_PASSWORD), { nil: undefined }), async (text, name, password) => {
        await expectTypedOutcome(new TextEncoder().encode(text), password, name);
      }),
      { numRuns: 400 },
    );
  });

  test.each(JSON_FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s with one value replaced: entries or a typed error', async (name, fixture) => {
    const tree = asJson(fixture.bytes);
    const password = needsPassword(fixture) ? FIXTURE_PASSWORD : undefined;
    await fc.assert(
      fc.asyncProperty(fc.nat(), replacement, async (pick, value) => {
        await expectTypedOutcome(encode(mutate(tree, pick, value)), password, name);
      }),
      { numRuns: password === undefined ? 150 : 60 },
    );
  });

  test.each(TEXT_FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s with characters edited: entries or a typed error', async (name, fixture) => {
    const password = needsPassword(fixture) ? FIXTURE_PASSWORD : undefined;
    await fc.assert(
      fc.asyncProperty(edited(decode(fixture.bytes)), async (text) => {
        await expectTypedOutcome(new TextEncoder().encode(text), password, name);
      }),
      { numRuns: password === undefined ? 100 : 40 },
    );
  });

  test('every fixture cut short anywhere: entries or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), fc.double({ min: 0, max: 1, noNaN: true }), async (fixture, where) => {
        const bytes = fixture.bytes.subarray(0, Math.floor(fixture.bytes.length * where));
        await expectTypedOutcome(bytes, needsPassword(fixture) ? FIXTURE_PASSWORD : undefined, fixture.name);
      }),
      { numRuns: 200 },
    );
  });
});
