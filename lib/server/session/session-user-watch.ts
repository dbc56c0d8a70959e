// Who is logged in, watched from the session record (session-machine.ts), whichever flow moved it:
// a page showing data read under one login must hear when that login is gone. A renewed token or
// an answered key offer is the same user, and says nothing.
import { watchStored } from '../../storage/stored-io';
import { readSessionRecord, sessionRecordItem, type SessionState } from './session-machine';

/** The logged-in user on its server, or '' when nobody is (logging in and the MFA step included). */
function loggedInUser(session: SessionState): string {
  return session.state === 'logged-in' ? `${session.profileId} ${session.method} ${session.username?.toLowerCase() ?? ''}` : '';
}

export function watchSessionUser(onChange: () => void): void {
  let known: string | undefined;
  readSessionRecord().then(
    ({ session }) => void (known ??= loggedInUser(session)),
    () => undefined,
  );
  watchStored(sessionRecordItem, ({ session }) => {
    const user = loggedInUser(session);
    // Not known yet (the worker just started): telling once too often costs a page a re-read.
    if (user === known) return;
    known = user;
    onChange();
  });
}
