// EMnify timestamps arrive as `2019-03-01T16:04:20.000Z` or `2019-03-01T16:04:20+0000`
// (docs/api-contract.md §1.4). `Date.parse` does not promise to read the `+0000` form in every engine
// (ECMA-262 §21.4.3.2 only fixes `+00:00`), so the zone is rewritten before parsing.
import * as z from '../zod';

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu;

/** Epoch ms of an API timestamp, or undefined when it is not one. A missing zone means UTC. */
export function parseApiTimestamp(text: string): number | undefined {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return undefined;
  const [, date, time, zone] = match;
  let offset = 'Z';
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offset = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
  }
  // ECMAScript's date-time format takes at most milliseconds.
  const clock = (time ?? '').replace(/(\.\d{3})\d+$/u, '$1');
  const ms = Date.parse(`${date}T${clock}${offset}`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A timestamp field: absent or null becomes undefined, a malformed one fails validation. */
export const timestampField = z.lazy(() => z.optional(
  z.pipe(
    z.nullable(z.string()),
    z.transform((value, ctx) => {
      if (value === null) return undefined;
      const ms = parseApiTimestamp(value);
      if (ms === undefined) {
        ctx.issues.push({ code: 'custom', message: 'Not a timestamp', input: value });
        return z.NEVER;
      }
      return ms;
    }),
  ),
));
