// The refresh alarm: renews the auth token shortly before it expires. A refused refresh token ends
// the session (the client's token store moves the machine to logged-out, "expired") and open pages
// are told; a failure that may pass (network, timeout, 5xx, 429) keeps the tokens and tries again
// in a minute. @see docs/api-contract.md §1.2 flow 4
import { SessionExpiredError } from '../../api';
import type { ServerDeps } from '../server-deps';
import { readCurrentSession } from './current-session';
import { SESSION_EXPIRED_NOTICE } from './session-notices';
import { cancelRefresh, retryRefreshLater, scheduleRefresh, SESSION_REFRESH_ALARM } from './refresh-schedule';
import { readSessionRecord } from './session-machine';

type RefreshDeps = Pick<ServerDeps, 'now' | 'announceSessionChanged'>;

export async function renewSession(deps: RefreshDeps): Promise<void> {
  const before = await readSessionRecord();
  const current = await readCurrentSession(deps.now());
  if (!current) {
    await cancelRefresh();
    // Reading it found the session over (its token ran out): pages still show it logged in.
    if (before.session.state === 'logged-in') deps.announceSessionChanged();
    return;
  }
  try {
    await current.client.refresh();
  } catch (error) {
    if (!(error instanceof SessionExpiredError)) {
      await retryRefreshLater(deps.now());
      return;
    }
    // The client also says "expired" when the session it started with was ended or replaced
    // meanwhile (logout, lock, another login): that was no expiry, and a later session is left
    // alone. A refusal of this session's refresh token moved the machine by exactly one step.
    const { revision, session } = await readSessionRecord();
    if (revision === current.revision + 1 && session.state === 'logged-out' && session.notice === SESSION_EXPIRED_NOTICE) {
      await cancelRefresh();
      deps.announceSessionChanged();
    }
    return;
  }
  await scheduleRefresh(deps.now());
}

/** Wire to browser.alarms.onAlarm; other alarms are ignored. */
export async function handleRefreshAlarm(alarm: { name: string }, deps: RefreshDeps): Promise<void> {
  if (alarm.name === SESSION_REFRESH_ALARM) await renewSession(deps);
}
