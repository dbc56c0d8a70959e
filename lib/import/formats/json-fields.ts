/**
 * Reading untrusted JSON from export files: small guards that say what a value is, so a format
 * reads its fields without casts. Anything unexpected is the format's to call damage.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or `fallback` when it is absent, null or not a string. */
export function stringField(object: JsonObject, key: string, fallback = ''): string {
  const value = object[key];
  return typeof value === 'string' ? value : fallback;
}

/** A whole-number field (a number, or digits in a string as some apps write them), else undefined. */
export function integerField(object: JsonObject, key: string): number | undefined {
  const value = object[key];
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : Number.NaN;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/u.test(value)) return Number(value);
  return undefined;
}
