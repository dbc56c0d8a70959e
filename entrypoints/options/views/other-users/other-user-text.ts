// The sentences of the Other users section that no server decides.
import type { OtherUserView } from '../../../../lib/protocol/protocol';
import { wholeNumberIn } from '../shared/whole-number';

/** The id typed in the field, or a FormInputError that says what to type. */
export function userIdFrom(text: string): number {
  return wholeNumberIn(text, 1, Number.MAX_SAFE_INTEGER, "Type the user's id as a whole number from 1 upwards, such as 1002.");
}

/** Whose lists these are: "alice@example.com (id 1002) on Production". */
export function otherUserName(view: Pick<OtherUserView, 'userId' | 'username'> & { profile: { name: string } }): string {
  const who = view.username === undefined ? `User ${view.userId}` : `${view.username} (id ${view.userId})`;
  return `${who} on ${view.profile.name}`;
}

/** Said before a key of another user is deleted. */
export function keyDeleteWarning(view: Pick<OtherUserView, 'userId' | 'username'>): string {
  return `${view.username ?? `User ${view.userId}`} will need to enrol again: this key's codes will no longer be accepted.`;
}
