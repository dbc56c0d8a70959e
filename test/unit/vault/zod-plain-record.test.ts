// The stored maps (synced base, used code steps) are read back through plainRecord: what z.record
// accepted it accepts, what z.record refused it refuses.
import { describe, expect, it } from 'vitest';
import * as z from '../../../lib/zod';

const steps = z.plainRecord(z.int().check(z.gte(0)));

describe('plainRecord', () => {
  it('reads a plain object whose every value parses, as it is', () => {
    expect(steps.safeParse({ a: 1, b: 0 })).toEqual({ success: true, data: { a: 1, b: 0 } });
    expect(steps.safeParse({}).success).toBe(true);
    expect(steps.safeParse(Object.assign(Object.create(null) as object, { a: 2 })).success).toBe(true);
  });

  it('refuses a value that does not parse', () => {
    expect(steps.safeParse({ a: 1, b: 'yesterday' }).success).toBe(false);
    expect(steps.safeParse({ a: -1 }).success).toBe(false);
  });

  it('refuses anything that is not a plain object', () => {
    for (const input of [undefined, null, 'a', 3, [1, 2], new Map([['a', 1]]), new Date(0)]) {
      expect(steps.safeParse(input).success).toBe(false);
    }
  });
});
