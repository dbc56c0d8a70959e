// Whatever text is offered as a backup file, reading it ends in one of the backup's typed errors
// (or a parsed file): never a library's error, whose message could quote the text.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BackupDamagedError,
  BackupKdfError,
  BackupUnreadableError,
  BackupVersionError,
  NotABackupError,
} from '../../../lib/backup/backup-errors';
import { parseBackupFile } from '../../../lib/backup/backup-format';
import { readBackupEntries } from '../../../lib/backup/backup-payload';

const TYPED = [BackupUnreadableError, NotABackupError, BackupVersionError, BackupDamagedError, BackupKdfError];

function expectTypedOrParsed(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    expect(TYPED.some((type) => error instanceof type)).toBe(true);
  }
}

const VALID = {
  format: 'otp-companion-backup',
  version: 1,
  createdAt: '2025-05-17T09:30:00.000Z',
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt: 'AAECAwQFBgcICQoLDA0ODw==' },
  cipher: { name: 'AES-GCM', iv: 'AAECAwQFBgcICQoL' },
  data: 'AAECAwQFBgcICQoLDA0ODw==',
};
const anyValue = fc.oneof(fc.jsonValue(), fc.string(), fc.constant('AAAA'), fc.constant('A==='), fc.integer(), fc.double());
const paths = fc.constantFrom(
  ['format'], ['version'], ['createdAt'], ['kdf'], ['kdf', 'name'], ['kdf', 'hash'], ['kdf', 'iterations'],
  ['kdf', 'salt'], ['cipher'], ['cipher', 'name'], ['cipher', 'iv'], ['data'],
);

function withValue(path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(VALID) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

describe('reading a backup file', () => {
  test('any text ends in a typed error', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => expectTypedOrParsed(() => parseBackupFile(text))), {
      numRuns: 1000,
    });
  });

  test('a valid file with any one field replaced ends in a typed error or reads', () => {
    fc.assert(
      fc.property(paths, anyValue, (path, value) => expectTypedOrParsed(() => parseBackupFile(JSON.stringify(withValue(path, value))))),
      { numRuns: 1000 },
    );
  });

  test('any decrypted payload is read entry by entry, or refused as damaged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.array(fc.jsonValue()).map((list) => JSON.stringify(list))), (json) =>
        expectTypedOrParsed(() => readBackupEntries(json)),
      ),
      { numRuns: 1000 },
    );
  });
});
