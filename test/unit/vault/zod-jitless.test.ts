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
      // auto-lock before schemas: the order must not matter, each gets zod via lib/zod.
      const autoLock = await import('../../../lib/vault/auto-lock');
      const schemas = await import('../../../lib/vault/schemas');
      expect(autoLock.DEFAULT_AUTO_LOCK_MINUTES).toBe(15);
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
