import { describe, expect, it } from 'vitest';
import type { AccountSummary, PendingEnrolment, ServerProfile, SessionView } from '../../../lib/protocol/protocol';
import {
  activatedNotice,
  loggedInSentence,
  registeredNotice,
  sessionTimeSentence,
  trustSentence,
} from '../../../lib/ui/server-text';
import { enrolmentLoginHint, enrolmentReminder } from '../../../lib/ui/enrolment-text';

type LoggedIn = Extract<SessionView, { state: 'logged-in' }>;

const profile: ServerProfile = { id: 'p1', kind: 'emnify', name: 'Local sandbox', baseUrl: 'http://127.0.0.1:1', builtIn: true };
const byPassword: LoggedIn = { state: 'logged-in', profile, username: 'ann@example.org', method: 'password', expiresAt: 0 };
const byToken: LoggedIn = { state: 'logged-in', profile, method: 'application-token', expiresAt: 10 * 60_000 };

describe('logged-in view sentences', () => {
  it('names the user and the server, or the token login', () => {
    expect(loggedInSentence(byPassword)).toBe('Logged in as ann@example.org on Local sandbox');
    expect(loggedInSentence(byToken)).toBe('Logged in with an application token on Local sandbox');
  });

  it('says a password session renews itself', () => {
    expect(sessionTimeSentence(byPassword, 5 * 60_000)).toBe('Session renews automatically');
  });

  it('counts the minutes an application-token session has left, rounding up', () => {
    expect(sessionTimeSentence(byToken, 0)).toBe('Session ends in 10 min');
    expect(sessionTimeSentence(byToken, 60_001)).toBe('Session ends in 9 min');
    expect(sessionTimeSentence(byToken, 10 * 60_000 - 1)).toBe('Session ends in 1 min');
    expect(sessionTimeSentence(byToken, 10 * 60_000)).toBe('Session has ended');
    expect(sessionTimeSentence({ ...byToken, expiresAt: undefined }, 0)).toBeUndefined();
  });

  it('says until when this browser is trusted (a date as the language writes it), and whether that spared a code', () => {
    // Noon UTC: the same day in every time zone the tests may run in.
    const trustedUntil = Date.UTC(2027, 2, 3, 12);
    expect(trustSentence({ ...byPassword, trustedUntil, skippedCode: true })).toBe(
      'No code was needed: this browser is trusted until March 3, 2027.',
    );
    expect(trustSentence({ ...byPassword, trustedUntil })).toBe('This browser is trusted until March 3, 2027.');
    expect(trustSentence(byPassword)).toBeUndefined();
  });

  it('after asking for trust, says plainly when the server did not register it or has not shown it', () => {
    expect(trustSentence({ ...byPassword, trustRequest: 'not-registered' })).toBe(
      'The server does not trust this browser: it will ask for a code next time.',
    );
    expect(trustSentence({ ...byPassword, trustRequest: 'not-confirmed' })).toBe(
      'The server has not confirmed that it trusts this browser: the next login will tell.',
    );
  });
});

describe('enrolment and account sentences', () => {
  const pending: PendingEnrolment = {
    accountId: 'a1',
    profile,
    username: 'ann@example.org',
    keyId: 44,
    issuer: 'Local sandbox',
    label: 'ann@example.org',
    createdAt: 0,
    canFinish: false,
  };

  it('reminds of an unfinished enrolment and of the login it needs', () => {
    expect(enrolmentReminder(pending)).toBe('The MFA key for ann@example.org on Local sandbox is not activated yet.');
    expect(enrolmentLoginHint(pending)).toBe('Log in as ann@example.org on Local sandbox to finish or cancel it.');
  });

  it('names an activated key by its issuer, else its label', () => {
    const account: AccountSummary = { id: 'a1', type: 'totp', issuer: 'Org', label: 'ann', algorithm: 'SHA1', digits: 6, period: 30, counter: 0, origins: [] };
    expect(activatedNotice(account)).toBe('Key activated: Org is in your codes.');
    expect(activatedNotice({ ...account, issuer: '' })).toBe('Key activated: ann is in your codes.');
    expect(registeredNotice('bob@example.org')).toBe('Registered bob@example.org: its codes are in your vault.');
  });
});
