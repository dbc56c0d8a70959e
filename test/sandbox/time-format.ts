/**
 * The two timestamp spellings EMnify uses (docs/api-contract.md §1.4: "Timestamps may
 * come as `.000Z` or `+0000`"). The sandbox emits both, on purpose, so that a
 * client which parses only one of them fails here rather than in production:
 * trusted devices use `+0000`, everything else `.000Z` (see README.md).
 */

/** `2020-02-03T14:04:03.000Z`: whole seconds, as the real server sends them. */
export function isoMillisZ(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** `2019-03-01T16:04:20+0000`. */
export function isoPlusZero(ms: number): string {
  return isoMillisZ(ms).replace(/\.000Z$/u, '+0000');
}
