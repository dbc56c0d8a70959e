// The edit form's state and what it sends: the form holds text as typed, and only the fields the
// user changed travel to the background (a counter the popup moved on meanwhile stays moved on).
import type { AccountEdit, AccountSummary, OtpAlgorithm } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { FormInputError } from '../../../../lib/ui/form-errors';

export interface AccountForm {
  issuer: string;
  label: string;
  algorithm: OtpAlgorithm;
  digits: number;
  /** Number fields stay text until saved, so clearing one is not a zero. */
  period: string;
  counter: string;
  /** One site per line, as typed. */
  sites: string;
  /** Whether those sites match their exact addresses or their whole sites. */
  siteMatch: SiteMatch;
}

export type SiteMatch = NonNullable<AccountSummary['siteMatch']>;

/** What an account that never chose reaches: its exact addresses (lib/vault/origins.ts). */
const siteMatchOf = (account: AccountSummary): SiteMatch => account.siteMatch ?? 'origin';

export function formFromAccount(account: AccountSummary): AccountForm {
  return {
    issuer: account.issuer,
    label: account.label,
    algorithm: account.algorithm,
    digits: account.digits,
    period: String(account.period),
    counter: String(account.counter),
    sites: account.origins.join('\n'),
    siteMatch: siteMatchOf(account),
  };
}

function wholeNumber(text: string, empty: () => string): number {
  // A field left empty is said here, since the background would only see "no number".
  if (text.trim() === '') throw new FormInputError(empty());
  // Anything else that is not a whole number is the OTP module's to explain, in its own words.
  return Number(text);
}

function siteLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The edit to send: the id and each field that differs from the account as listed. */
export function editFromForm(account: AccountSummary, form: AccountForm): AccountEdit {
  const edit: AccountEdit = { id: account.id };
  if (form.issuer !== account.issuer) edit.issuer = form.issuer;
  if (form.label !== account.label) edit.label = form.label;
  if (form.algorithm !== account.algorithm) edit.algorithm = form.algorithm;
  if (form.digits !== account.digits) edit.digits = form.digits;
  if (account.type === 'totp') {
    const period = wholeNumber(form.period, () => t('manageEnterPeriod'));
    if (period !== account.period) edit.period = period;
  } else {
    const counter = wholeNumber(form.counter, () => t('manageEnterCounter'));
    if (counter !== account.counter) edit.counter = counter;
  }
  const sites = siteLines(form.sites);
  if (sites.join('\n') !== account.origins.join('\n')) edit.origins = sites;
  if (form.siteMatch !== siteMatchOf(account)) edit.siteMatch = form.siteMatch;
  return edit;
}

/** Nothing but the id: saving would change nothing. */
export function isEmptyEdit(edit: AccountEdit): boolean {
  return Object.keys(edit).length === 1;
}
