// lib/zod.ts must switch zod to jitless before any schema is built: MV3's CSP forbids eval. This
// file imports nothing from zod statically, so the module state below is fresh. The first test
// checks the outcome: nothing the vault builds or parses constructs a Function. (zod/mini 4.6
// would pass it even without jitless; classic zod, or a future JIT in mini, without it would not.)
import { describe, expect, it } from 'vitest';

describe('lib/zod', () => {
  it('never constructs a Function while schemas are built and used', async () => {
    const constructed: unknown[][] = [];
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        constructed.push(args);
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      // Request fields before the vault's schemas: the order must not matter, each gets zod via lib/zod.
      const fields = await import('../../../lib/messaging/request-fields');
      const schemas = await import('../../../lib/vault/schemas');
      expect(fields.passphrase.safeParse('a passphrase').success).toBe(true);
      expect(() => schemas.parseAccountRecord({ id: 'x', order: 0 })).toThrow();
    } finally {
      globalThis.Function = original;
    }
    expect(constructed).toEqual([]);
  });

  it('re-exports zod/mini with jitless set', async () => {
    const z = await import('../../../lib/zod');
    expect(z.config().jitless).toBe(true);
    expect(z.object({ n: z.number() }).safeParse({ n: 1 }).success).toBe(true);
  });
});
