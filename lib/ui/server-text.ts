import { formatDate, t } from '../i18n/t';
import type { AccountSummary, SessionView } from '../protocol/protocol';

type LoggedIn = Extract<SessionView, { state: 'logged-in' }>;

/** Who is logged in where, as the Server tab says it. */
export function loggedInSentence(view: LoggedIn): string {
  return view.method === 'application-token' || !view.username
    ? t('uiLoggedInWithToken', { server: view.profile.name })
    : t('uiLoggedInAs', { user: view.username, server: view.profile.name });
}

/**
 * How long the session lasts. A password login holds a refresh token and is renewed before it
 * expires (@see docs/api-contract.md §1.2, flow 4); an application-token login has none and simply ends.
 */
export function sessionTimeSentence(view: LoggedIn, now: number): string | undefined {
  if (view.method === 'password') return t('uiSessionRenews');
  if (view.expiresAt === undefined) return undefined;
  const left = view.expiresAt - now;
  return left > 0 ? t('uiSessionEndsIn', { minutes: Math.ceil(left / 60_000) }) : t('uiSessionEnded');
}

/**
 * Whether this browser is a trusted device for this user, and until when (a date in the user's
 * language); or, after asking the server to trust it, that it does not, or has not shown that it does.
 */
export function trustSentence(view: LoggedIn): string | undefined {
  if (view.trustRequest === 'not-registered') return t('uiTrustNotRegistered');
  if (view.trustRequest === 'not-confirmed') return t('uiTrustNotConfirmed');
  if (view.trustedUntil === undefined) return undefined;
  const date = formatDate(view.trustedUntil, { dateStyle: 'long' });
  return view.skippedCode ? t('uiTrustedUntilNoCode', { date }) : t('uiTrustedUntil', { date });
}

export function activatedNotice(account: AccountSummary): string {
  return t('uiKeyActivated', { name: account.issuer || account.label });
}

export function registeredNotice(email: string): string {
  return t('uiRegistered', { email });
}
