// The refresh alarm: renews the auth token shortly before it expires. A refused refresh token ends
// the session and open pages are told; a failure that may pass (network, timeout, 5xx, 429) keeps
// the tokens and tries again in a minute. @see docs/api-contract.md §1.2 flow 4
import { SessionExpiredError } from '../../api';
import type { ServerDeps } from '../server-deps';
import { readCurrentSession } from './current-session';
import { endServerSession, SESSION_EXPIRED_NOTICE } from './end-session';
import { cancelRefresh, retryRefreshLater, scheduleRefresh, SESSION_REFRESH_ALARM } from './refresh-schedule';
import { sessionEndings } from './session-changes';
import { readStoredSession, readStoredTokens } from './session-storage';

type RefreshDeps = Pick<ServerDeps, 'now' | 'announceSessionChanged'>;

export async function renewSession(deps: RefreshDeps): Promise<void> {
  const hadSession = (await readStoredSession()) !== undefined;
  const current = await readCurrentSession(deps.now());
  if (!current) {
    await cancelRefresh();
    // Reading it found the session over (its tokens gone): pages still show it logged in.
    if (hadSession) deps.announceSessionChanged();
    return;
  }
  const since = sessionEndings();
  try {
    await current.client.refresh();
  } catch (error) {
    if (!(error instanceof SessionExpiredError)) {
      await retryRefreshLater(deps.now());
      return;
    }
    // The client also says "expired" when the session it started with was ended or replaced
    // meanwhile (logout, lock, another login): that was no expiry, and a newer session's tokens
    // are left alone.
    if (sessionEndings() !== since) return;
    const stored = await readStoredTokens();
    if (stored && stored.authToken !== current.tokens.authToken) return;
    await endServerSession({ notice: SESSION_EXPIRED_NOTICE });
    deps.announceSessionChanged();
    return;
  }
  await scheduleRefresh(deps.now());
}

/** Wire to browser.alarms.onAlarm; other alarms are ignored. */
export async function handleRefreshAlarm(alarm: { name: string }, deps: RefreshDeps): Promise<void> {
  if (alarm.name === SESSION_REFRESH_ALARM) await renewSession(deps);
}
