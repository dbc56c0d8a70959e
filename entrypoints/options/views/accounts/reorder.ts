// Moving one account past its neighbour. With a search in force the neighbour is the next one
// the user can see: a move must change what is on screen, not swap with a hidden account.

export type Direction = 'up' | 'down';

/**
 * The full order of ids after moving `id` one place up or down among `visible` (a subsequence of
 * `all`); `all` itself when there is nowhere to move.
 */
export function moveAccount(all: readonly string[], visible: readonly string[], id: string, direction: Direction): string[] {
  const at = visible.indexOf(id);
  const neighbour = visible[direction === 'up' ? at - 1 : at + 1];
  if (at < 0 || neighbour === undefined) return [...all];
  const rest = all.filter((other) => other !== id);
  const index = rest.indexOf(neighbour);
  rest.splice(direction === 'up' ? index : index + 1, 0, id);
  return rest;
}

/** `accounts` rearranged to follow `ids` (every id must be one of theirs). */
export function inOrder<T extends { id: string }>(accounts: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
