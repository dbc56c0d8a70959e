import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AccountSummary, AutofillConfirmation, PendingAutofill } from '../../../lib/protocol/protocol';
import { accountName } from '../../../lib/accounts/account-name';
import { pendingChoices } from '../../../lib/ui/autofill/autofill-outcome';
import type { AutofillState } from '../../../lib/ui/autofill/autofill-state';
import { confirmationSentences, matchingLine, pendingHeading } from '../../../lib/ui/autofill/autofill-text';
import { BusyButton } from '../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { FillButton } from './autofill-fill-button';
import { t } from '../../../lib/i18n/t';

interface AutofillQuestionsProps {
  autofill: AutofillState;
  /** The accounts the popup knows, to name a waiting fill's choices. */
  accounts: readonly AccountSummary[];
}

/**
 * What a fill asks of the user, at the top of the popup: a keyboard or menu fill that waits for a
 * choice or a yes, or the yes a Fill button of the list needs.
 */
export function AutofillQuestions({ autofill, accounts }: AutofillQuestionsProps) {
  const { pending, confirmation } = autofill;
  if (pending) return <PendingFill autofill={autofill} pending={pending} accounts={accounts} />;
  if (confirmation) {
    return <ConfirmFill key={confirmationKey(confirmation)} autofill={autofill} confirmation={confirmation} accounts={accounts} />;
  }
  return null;
}

/**
 * "2 accounts for github.com" when the page is one of some accounts' sites, and why a Fill of the
 * list failed (a question on screen shows that in its own region instead).
 */
export function SiteLine({ autofill }: { autofill: AutofillState }) {
  const { candidates, pending, confirmation, error } = autofill;
  const line = candidates?.site && matchingLine(candidates.matching.length, candidates.site);
  return (
    <>
      {line && <p class="site-line">{line}</p>}
      {!pending && !confirmation && <ErrorMessage message={error} />}
    </>
  );
}

interface PendingFillProps {
  autofill: AutofillState;
  pending: PendingAutofill;
  accounts: readonly AccountSummary[];
}

function PendingFill({ autofill, pending, accounts }: PendingFillProps) {
  const { confirmation } = autofill;
  return (
    <section class="reminder" aria-label={t('popupFillACode')}>
      <p>{pendingHeading(pending.site)}</p>
      {confirmation ? (
        <ConfirmFill key={confirmationKey(confirmation)} autofill={autofill} confirmation={confirmation} accounts={accounts} />
      ) : (
        <div class="actions start">
          {pendingChoices(pending, accounts).map((account) => (
            <FillButton
              key={account.id}
              name={accountName(account)}
              text={accountName(account)}
              blocked={autofill.busyId !== undefined}
              returning={autofill.returnTo === account.id}
              onFill={() => autofill.fill(account.id, false)}
            />
          ))}
        </div>
      )}
      {!confirmation && <ErrorMessage message={autofill.error} />}
      <div class="actions">
        <button type="button" onClick={autofill.dismiss}>
          {t('popupDismiss')}
        </button>
      </div>
    </section>
  );
}

interface ConfirmFillProps {
  autofill: AutofillState;
  confirmation: AutofillConfirmation;
  accounts: readonly AccountSummary[];
}

/**
 * The background's reasons not to fill without a yes (a site the account does not know, plain
 * http, a frame of another site), one sentence each. The focus comes here, so a keyboard or
 * screen-reader user hears them before reaching "Fill anyway".
 */
function ConfirmFill({ autofill, confirmation, accounts }: ConfirmFillProps) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  // Which account the yes is for: "this account" in the sentences below.
  const account = accounts.find((candidate) => candidate.id === confirmation.accountId);
  return (
    <section ref={ref} class="confirm-fill" aria-label={t('popupConfirmFill')} tabIndex={-1}>
      {account && <p class="confirm-question">{t('popupFillCodeQuestion', { name: accountName(account) })}</p>}
      {confirmationSentences(confirmation).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <div class="actions start">
        <BusyButton
          label={t('popupFillAnyway')}
          busyLabel={t('popupFilling')}
          busy={autofill.busyId === confirmation.accountId}
          blocked={autofill.busyId !== undefined}
          onClick={() => autofill.fill(confirmation.accountId, true)}
        />
        {/* A waiting fill's own confirmation has Dismiss instead: Cancel would do the same. */}
        {autofill.cancellable && (
          <button type="button" onClick={autofill.cancel}>
            {t('popupCancel')}
          </button>
        )}
      </div>
      <ErrorMessage message={autofill.error} />
    </section>
  );
}

/** A new question (another account, other reasons) is a new region, which takes the focus again. */
function confirmationKey(confirmation: AutofillConfirmation): string {
  return `${confirmation.accountId} ${confirmation.reasons.join(' ')} ${confirmation.frameOrigin ?? ''}`;
}
