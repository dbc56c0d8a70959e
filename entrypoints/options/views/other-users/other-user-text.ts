// The sentences of the Other users section that no server decides.
import { t } from '../../../../lib/i18n/t';
import type { OtherUserView } from '../../../../lib/protocol/protocol';
import { wholeNumberIn } from '../shared/whole-number';

/** The id typed in the field, or a FormInputError that says what to type. */
export function userIdFrom(text: string): number {
  return wholeNumberIn(text, 1, Number.MAX_SAFE_INTEGER, t('manageUserIdInvalid'));
}

/** "User 1002": an id is a name, written without the digit grouping of a quantity. */
function userById(userId: number): string {
  return t('manageUserById', { id: String(userId) });
}

/** Whose lists these are: "alice@example.com (id 1002) on Production". */
export function otherUserName(view: Pick<OtherUserView, 'userId' | 'username'> & { profile: { name: string } }): string {
  const who =
    view.username === undefined
      ? userById(view.userId)
      : t('manageUserWithId', { username: view.username, id: String(view.userId) });
  return t('manageUserOnServer', { user: who, server: view.profile.name });
}

/** Said before a key of another user is deleted. */
export function keyDeleteWarning(view: Pick<OtherUserView, 'userId' | 'username'>): string {
  return t('manageOtherKeyWarning', { user: view.username ?? userById(view.userId) });
}
