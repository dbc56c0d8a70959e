// Which items of storage.sync the format owns, and where an account goes: the same on every browser.
import { describe, expect, test } from 'vitest';
import { BUCKET_UNITS, bucketOf, isSyncFormatKey, ORDER_UNIT, parsePartKey, SYNC_UNITS } from '../../../lib/sync/item-layout';

describe('the items of the sync format', () => {
  test('an account goes to the bucket FNV-1a of its id names, whatever browser computes it', () => {
    // Computed apart from this code (FNV-1a over the UTF-8 bytes, modulo 16).
    expect(bucketOf('a')).toBe('b12');
    expect(bucketOf('b')).toBe('b05');
    expect(bucketOf('3b241101-e2bb-4255-8caf-4136c566a962')).toBe('b04');
    expect(bucketOf('ü-account')).toBe('b12');
  });

  test('accounts spread over every bucket', () => {
    const used = new Set(Array.from({ length: 400 }, (_, index) => bucketOf(crypto.randomUUID() + index)));
    expect([...used].sort()).toEqual([...BUCKET_UNITS].sort());
  });

  test('owns its units and their parts, and leaves the meta item and every other key alone', () => {
    expect(SYNC_UNITS).toContain(ORDER_UNIT);
    for (const key of ['o', 'o.1', 'b00', 'b15', 'b07.1', 'b07.12']) expect(isSyncFormatKey(key), key).toBe(true);
    for (const key of ['m', 'b16', 'b7', 'b07.0', 'b07.01', 'b07.', 'x', 'settings', 'b07.1.2', 'B07']) {
      expect(isSyncFormatKey(key), key).toBe(false);
    }
    expect(parsePartKey('b07.3')).toEqual({ unit: 'b07', index: 3 });
    expect(parsePartKey('o')).toEqual({ unit: 'o', index: 0 });
  });
});
