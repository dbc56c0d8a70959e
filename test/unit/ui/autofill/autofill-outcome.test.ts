import { describe, expect, it } from 'vitest';
import type { AutofillConfirmation, AutofillSite, PendingAutofill } from '../../../../lib/autofill/worker/autofill-views';
import { confirmsAtOnce, pendingChoices, stepAfterFill } from '../../../../lib/ui/autofill/autofill-outcome';

const site: AutofillSite = { origin: 'https://github.com', registrableDomain: 'github.com', insecure: false };
const confirmation: AutofillConfirmation = { site, accountId: 'b', reasons: ['new-site'] };

describe('what the popup does after a fill', () => {
  it('announces a fill and closes the popup, which would only cover the page', () => {
    expect(stepAfterFill({ result: 'filled' }, site)).toEqual({
      kind: 'done',
      notice: 'Filled the code into github.com.',
      close: true,
    });
  });

  it('stays open after a copy, so the user reads why nothing was filled', () => {
    expect(stepAfterFill({ result: 'copied' }, site)).toEqual({
      kind: 'done',
      notice: 'No code field found: the code was copied.',
      close: false,
    });
  });

  it('asks the background\'s question', () => {
    expect(stepAfterFill({ result: 'needs-confirmation', confirmation }, site)).toEqual({ kind: 'confirm', confirmation });
  });

  it('offers a choice between several accounts', () => {
    expect(stepAfterFill({ result: 'needs-choice', accountIds: ['a', 'b'] }, site)).toEqual({
      kind: 'choose',
      pending: { site, accountIds: ['a', 'b'] },
    });
  });
});

describe('a fill waiting for the popup', () => {
  const accounts = [{ id: 'a', label: 'first' }, { id: 'b', label: 'second' }, { id: 'c', label: 'third' }];

  it('offers its choices in the background\'s order and skips accounts the list does not hold', () => {
    const pending: PendingAutofill = { site, accountIds: ['c', 'gone', 'a'] };
    expect(pendingChoices(pending, accounts).map((a) => a.label)).toEqual(['third', 'first']);
  });

  it('shows its confirmation at once when it is about one account', () => {
    expect(confirmsAtOnce({ site, accountIds: ['b'], confirmation })).toBe(true);
    expect(confirmsAtOnce({ site, accountIds: [], confirmation })).toBe(true);
  });

  it('lets the user pick first when several accounts could be meant', () => {
    expect(confirmsAtOnce({ site, accountIds: ['a', 'b', 'c'], confirmation })).toBe(false);
    expect(confirmsAtOnce({ site, accountIds: ['a', 'b'] })).toBe(false);
  });
});
