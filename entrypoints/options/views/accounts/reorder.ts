// Moving one account within the list. With a search in force the places are those of the accounts
// the user can see: a move must change what is on screen, not swap with a hidden account.

export type Direction = 'up' | 'down';

/** Where a move from the row's menu, or from its handle's arrow keys, takes the account. */
export type Move = Direction | 'top' | 'bottom';

/**
 * The full order of ids after putting `id` at `index` among the other `visible` ids (a subsequence
 * of `all`): 0 is before the first of them, their count after the last. `all` itself when `id` is
 * not visible or is the only one.
 */
export function moveAccountTo(all: readonly string[], visible: readonly string[], id: string, index: number): string[] {
  const others = visible.filter((other) => other !== id);
  if (!visible.includes(id) || others.length === 0) return [...all];
  const at = Math.min(Math.max(index, 0), others.length);
  const rest = all.filter((other) => other !== id);
  const place = at < others.length ? rest.indexOf(others[at]!) : rest.indexOf(others[others.length - 1]!) + 1;
  rest.splice(place, 0, id);
  return rest;
}

/** The full order of ids after moving `id` one place, or to the top or bottom, among `visible`. */
export function moveAccount(all: readonly string[], visible: readonly string[], id: string, move: Move): string[] {
  const at = visible.indexOf(id);
  const index = move === 'top' ? 0 : move === 'bottom' ? visible.length : move === 'up' ? at - 1 : at + 1;
  if (at < 0 || (move === 'up' && at === 0)) return [...all];
  return moveAccountTo(all, visible, id, index);
}

/** `accounts` rearranged to follow `ids` (every id must be one of theirs). */
export function inOrder<T extends { id: string }>(accounts: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
