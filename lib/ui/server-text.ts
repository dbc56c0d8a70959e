import type { AccountSummary, SessionView } from '../protocol/protocol';

type LoggedIn = Extract<SessionView, { state: 'logged-in' }>;

/** Who is logged in where, as the Server tab says it. */
export function loggedInSentence(view: LoggedIn): string {
  return view.method === 'application-token' || !view.username
    ? `Logged in with an application token on ${view.profile.name}`
    : `Logged in as ${view.username} on ${view.profile.name}`;
}

/**
 * How long the session lasts. A password login holds a refresh token and is renewed before it
 * expires (@see docs/api-contract.md §1.2, flow 4); an application-token login has none and simply ends.
 */
export function sessionTimeSentence(view: LoggedIn, now: number): string | undefined {
  if (view.method === 'password') return 'Session renews automatically';
  if (view.expiresAt === undefined) return undefined;
  const left = view.expiresAt - now;
  return left > 0 ? `Session ends in ${Math.ceil(left / 60_000)} min` : 'Session has ended';
}

/**
 * Whether this browser is a trusted device for this user, and until when (in the user's locale);
 * or, after asking the server to trust it, that it does not, or has not shown that it does.
 */
export function trustSentence(
  view: LoggedIn,
  dates: Intl.DateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }),
): string | undefined {
  if (view.trustRequest === 'not-registered') return 'The server does not trust this browser: it will ask for a code next time.';
  if (view.trustRequest === 'not-confirmed') return 'The server has not confirmed that it trusts this browser: the next login will tell.';
  if (view.trustedUntil === undefined) return undefined;
  const until = dates.format(view.trustedUntil);
  return view.skippedCode
    ? `No code was needed: this browser is trusted until ${until}`
    : `This browser is trusted until ${until}.`;
}

export function activatedNotice(account: AccountSummary): string {
  return `Key activated: ${account.issuer || account.label} is in your codes.`;
}

export function registeredNotice(email: string): string {
  return `Registered ${email}: its codes are in your vault.`;
}
