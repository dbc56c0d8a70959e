// Google Authenticator transfer links written from vault accounts read back as the same accounts,
// in batches of at most 10 whose batch fields fit together; what the format cannot carry is left
// out with the reason.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { missingBatchRows } from '../../../lib/import/migration-batches';
import { parseMigrationUri, type OtpAccount, type OtpAlgorithm } from '../../../lib/otp';
import { ACCOUNTS_PER_TRANSFER_CODE, formatTransferLinks, MAX_TRANSFER_LINK_CHARS } from '../../../lib/otp/migration-export';

const nameChar = fc.oneof(fc.constantFrom(':', '%', '&', ' ', 'é', '😀', 'a', 'B', '@'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
const name = fc.string({ unit: nameChar, maxLength: 20 }).map((text) => text.trim());

/** Any account the transfer format can carry: 30-second TOTP or HOTP, 6 or 8 digits. */
const carried: fc.Arbitrary<OtpAccount> = fc
  .record({
    type: fc.constantFrom('totp' as const, 'hotp' as const),
    issuer: name,
    label: name.filter((text) => text !== ''),
    secret: fc.uint8Array({ minLength: 10, maxLength: 64 }),
    algorithm: fc.constantFrom<OtpAlgorithm>('SHA1', 'SHA256', 'SHA512'),
    digits: fc.constantFrom(6, 8),
    counter: fc.maxSafeNat(),
  })
  .map((a) => ({ ...a, period: 30, counter: a.type === 'hotp' ? a.counter : 0 }));

function account(fields: Partial<OtpAccount>): OtpAccount {
  return { type: 'totp', issuer: 'Issuer', label: 'name', secret: new Uint8Array(20).fill(7), algorithm: 'SHA1', digits: 6, period: 30, counter: 0, ...fields };
}

function readBack(links: string[]) {
  return links.map((link) => parseMigrationUri(link));
}

describe('transfer links', () => {
  test('read back as the same accounts, in order, in consistent batches of at most 10', () => {
    fc.assert(
      fc.property(fc.array(carried, { maxLength: 35 }), fc.integer({ min: 0, max: 0x7fffffff }), (accounts, batchId) => {
        const { links, left } = formatTransferLinks(accounts, batchId);
        expect(left).toEqual([]);
        const exports = readBack(links);
        const read = exports.flatMap(({ entries }) => entries.map((entry) => (entry.ok ? entry.account : entry.error.message)));
        expect(read).toEqual(accounts);
        exports.forEach(({ entries, batch }, index) => {
          expect(entries.length).toBeLessThanOrEqual(ACCOUNTS_PER_TRANSFER_CODE);
          expect(batch).toEqual({ version: 1, batchSize: links.length, batchIndex: index, batchId });
        });
        for (const link of links) expect(link.length).toBeLessThanOrEqual(MAX_TRANSFER_LINK_CHARS);
        // The import's own check finds every batch of the export there.
        expect(missingBatchRows(exports.map(({ batch }, index) => ({ source: `code ${index + 1}`, batch })))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('puts 25 accounts in 3 QR codes of 10, 10 and 5, as Google Authenticator does', () => {
    const accounts = Array.from({ length: 25 }, (_, index) => account({ label: `account ${index}` }));
    const { links } = formatTransferLinks(accounts, 77);
    expect(readBack(links).map(({ entries }) => entries.length)).toEqual([10, 10, 5]);
  });

  it('puts fewer accounts in a QR code when theirs would make it too dense', () => {
    const accounts = Array.from({ length: 10 }, (_, index) => account({ issuer: 'I'.repeat(60), label: `${'n'.repeat(50)} ${index}`, secret: new Uint8Array(64).fill(index) }));
    const { links, left } = formatTransferLinks(accounts, 1);
    expect(left).toEqual([]);
    expect(links.length).toBeGreaterThan(1);
    expect(readBack(links).flatMap(({ entries }) => entries)).toHaveLength(10);
  });

  it('leaves out what the format cannot carry, with the reason, and carries the rest', () => {
    const minute = account({ label: 'minute', period: 60 });
    const seven = account({ label: 'seven', digits: 7 });
    const long = account({ label: 'x'.repeat(2000) });
    const fine = account({ label: 'fine', type: 'hotp', counter: 2 ** 40 + 7, algorithm: 'SHA512', digits: 8 });
    const { links, left } = formatTransferLinks([minute, seven, long, fine], 5);
    expect(left).toEqual([
      { account: minute, reason: 'Its codes change every 60 seconds: transfer QR codes carry only 30-second accounts.' },
      { account: seven, reason: 'Its codes have 7 digits: transfer QR codes carry only 6 or 8 digits.' },
      { account: long, reason: 'Its names are too long to fit in a QR code.' },
    ]);
    expect(readBack(links).flatMap(({ entries }) => entries)).toEqual([{ ok: true, account: fine }]);
  });

  it('gives no link for no account', () => {
    expect(formatTransferLinks([], 1)).toEqual({ links: [], left: [] });
  });
});
