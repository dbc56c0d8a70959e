// When to renew the auth token. An alarm rather than a timer: a timer dies with the service worker,
// an alarm wakes it. The token is renewed shortly before its `exp`, so calls made near the end of
// its life do not each meet a 401 first. @see docs/api-contract.md §1.2 (240-minute JWT, flow 4)
import { browser } from 'wxt/browser';
import { readJwtExpiry } from '../../api';
import { readSessionRecord } from './session-machine';

export const SESSION_REFRESH_ALARM = 'session-refresh';

/** How long before `exp` the token is renewed. */
export const REFRESH_BEFORE_EXPIRY_MS = 2 * 60 * 1000;

/** After a refresh that failed for a reason that may pass (network, 5xx, 429). */
export const REFRESH_RETRY_MS = 60 * 1000;

/**
 * Sets the alarm from the logged-in session's tokens: at `exp` − 2 minutes (at once if that has passed) when
 * there is a refresh token and the auth token says when it expires; otherwise no alarm.
 */
export async function scheduleRefresh(now: number): Promise<void> {
  const { session } = await readSessionRecord();
  const tokens = session.state === 'logged-in' ? session.tokens : undefined;
  const expiresAt = tokens && readJwtExpiry(tokens.authToken);
  if (!tokens?.refreshToken || expiresAt === undefined) {
    await cancelRefresh();
    return;
  }
  await browser.alarms.create(SESSION_REFRESH_ALARM, { when: Math.max(expiresAt - REFRESH_BEFORE_EXPIRY_MS, now) });
}

export async function retryRefreshLater(now: number): Promise<void> {
  await browser.alarms.create(SESSION_REFRESH_ALARM, { when: now + REFRESH_RETRY_MS });
}

export async function cancelRefresh(): Promise<void> {
  await browser.alarms.clear(SESSION_REFRESH_ALARM);
}
