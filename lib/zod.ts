// The one place the extension imports zod from. MV3's CSP forbids eval. zod's object schemas
// can JIT their parsers with `new Function`: classic zod probes for it (once, cached) when the
// first object schema is constructed, and a blocked probe is still reported as a CSP violation.
// zod/mini 4.6 has no such fast path today, but nothing promises it never will; `jitless` rules
// it out. It only affects schemas built after it is set, hence this module: ES modules run their
// dependencies first, so every schema built from here sees the setting, whatever order the
// importers themselves are loaded in.
//
// Every module of the background is evaluated whenever its worker starts, before the first message
// is answered, and building a schema is real work (an object schema is dozens of zod instances).
// Schemas that only some messages need (the servers' answers, the server session record, profiles,
// backups, a pending autofill) are therefore wrapped in z.lazy: built on their first parse, not at
// every start.
import { config, custom, type ZodMiniType } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';

/**
 * An object used as a map from keys to values of one schema, which must check without
 * transforming: z.record would do the same, but brings 2.3 KB of parsing code into the worker for
 * the two maps it reads back from storage. Arrays and class instances are not plain objects.
 */
export function plainRecord<T>(values: ZodMiniType<T>) {
  return custom<Record<string, T>>(
    (input) =>
      typeof input === 'object' &&
      input !== null &&
      [Object.prototype, null].includes(Object.getPrototypeOf(input)) &&
      Object.values(input).every((value) => values.safeParse(value).success),
  );
}
