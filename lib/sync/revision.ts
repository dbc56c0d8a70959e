// A revision names one write of one replica. Lamport clocks order writes that saw each other; the
// replica id breaks the tie between writes that did not, so every replica picks the same winner.

export type Revision = { clock: number; replica: string };

/** Negative when `a` is older than `b`, positive when newer, 0 only for the very same write. */
export function compareRevisions(a: Revision, b: Revision): number {
  if (a.clock !== b.clock) return a.clock - b.clock;
  if (a.replica === b.replica) return 0;
  return a.replica < b.replica ? -1 : 1;
}
