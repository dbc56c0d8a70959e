// Google Authenticator links made to be heavy: one link with 100,000 accounts, or many links of
// 1,000. The accounts of a link are counted before any is decoded, and an import stops reading
// links once its rows pass the limit; the work is counted here, account by account decoded.
import { BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TooManyEntriesError } from '../../../lib/import/errors';
import { entriesFromLinks } from '../../../lib/import/import-entries';
import { MAX_IMPORT_ROWS } from '../../../lib/import/limits';
import { parseMigrationUri, type OtpUriError } from '../../../lib/otp';
import { MAX_MIGRATION_ENTRIES } from '../../../lib/otp/migration-wire';
import { migrationUri, migrationUriFromBytes, SECRET_20 } from '../../fixtures/import/migration-payload';

/** How many accounts the export reader decoded, over every link it was given. */
const work = vi.hoisted(() => ({ decoded: 0 }));

vi.mock('../../../lib/otp/migration-wire', async (importOriginal) => {
  const wire = await importOriginal<typeof import('../../../lib/otp/migration-wire')>();
  return { ...wire, readMigrationPayload: (bytes: Uint8Array) => wire.readMigrationPayload(bytes, () => work.decoded++) };
});

beforeEach(() => {
  work.decoded = 0;
});

function exportOf(count: number, batchId = 1): string {
  return migrationUri({
    parameters: Array.from({ length: count }, (_, index) => ({ secret: SECRET_20, name: `account ${index}`, issuer: 'Heavy' })),
    batchId,
  });
}

/**
 * `count` accounts that would each be refused as damaged if they were decoded: a secret written as
 * a number, where the format has bytes. A refusal for their number proves none was.
 */
function damagedExportOf(count: number): string {
  const writer = new BinaryWriter();
  const damaged = new BinaryWriter().tag(1, WireType.Varint).int32(1).finish();
  for (let index = 0; index < count; index++) writer.tag(1, WireType.LengthDelimited).bytes(damaged);
  return migrationUriFromBytes(writer.finish());
}

const TOO_MANY = 'This export link holds more than 1,000 accounts, more than any real export: it was not read.';

describe('heavy Google Authenticator links', () => {
  it('refuses one link of 100,000 accounts by their number, before decoding any', () => {
    const link = exportOf(100_000);
    expect(() => parseMigrationUri(link)).toThrow(TOO_MANY);
    expect(work.decoded).toBe(0);
  });

  it('counts before decoding: 100,000 damaged accounts are refused as too many, not as damaged', () => {
    let error: OtpUriError | undefined;
    try {
      parseMigrationUri(damagedExportOf(100_000));
    } catch (caught) {
      error = caught as OtpUriError;
    }
    expect(error).toMatchObject({ name: 'OtpUriError', reason: 'too-many-accounts', message: TOO_MANY });
    expect(work.decoded).toBe(0);
    // The same accounts within the limit are decoded, and found damaged.
    expect(() => parseMigrationUri(damagedExportOf(3))).toThrow('The export link is damaged: its data could not be read.');
  });

  it('reads a link of exactly 1,000 accounts', () => {
    expect(parseMigrationUri(exportOf(MAX_MIGRATION_ENTRIES)).entries).toHaveLength(MAX_MIGRATION_ENTRIES);
    expect(work.decoded).toBe(MAX_MIGRATION_ENTRIES);
  });

  it('shows the too-heavy link as one refused row, and the other links still import', () => {
    const entries = entriesFromLinks([
      { entry: 'heavy.png', text: exportOf(100_000) },
      { entry: 'light.png', text: exportOf(2, 7) },
    ]);
    expect(entries).toEqual([
      { entry: 'heavy.png', reason: TOO_MANY },
      { entry: 'light.png, account 1', uri: expect.stringMatching(/^otpauth:\/\/totp\/Heavy:account%200\?/u) },
      { entry: 'light.png, account 2', uri: expect.stringMatching(/^otpauth:\/\/totp\/Heavy:account%201\?/u) },
    ]);
    expect(work.decoded).toBe(2);
  });

  it('stops an import at the first link past its rows: later links are never decoded', () => {
    const links = Array.from({ length: 10 }, (_, index) => ({ entry: `export-${index}.png`, text: exportOf(1000, index) }));
    expect(() => entriesFromLinks(links)).toThrow(new TooManyEntriesError(MAX_IMPORT_ROWS));
    // 2,000 rows are allowed; the third link takes the import past them, and it stops there.
    expect(work.decoded).toBe(3000);
  });
});
