// Who is logged in, watched from the session record (session-machine.ts), whichever flow moved it:
// a page showing data read under one login must hear when that login is gone. A renewed token or
// an answered key offer is the same user, and says nothing.
import { watchStored } from '../../storage/stored-io';
import { sessionRecordItem, type SessionState } from './session-machine';

/** The logged-in user on its server, or '' when nobody is (logging in and the MFA step included). */
function loggedInUser(session: SessionState): string {
  return session.state === 'logged-in' ? `${session.profileId} ${session.method} ${session.username?.toLowerCase() ?? ''}` : '';
}

/**
 * Each change of the record says what it was before, so the watch reads nothing when the worker
 * starts: a worker woken to answer a popup does not wait behind a read of the session first.
 */
export function watchSessionUser(onChange: () => void): void {
  watchStored(sessionRecordItem, ({ session }, { session: before }) => {
    if (loggedInUser(session) !== loggedInUser(before)) onChange();
  });
}
