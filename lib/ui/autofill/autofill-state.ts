import { useEffect, useState } from 'preact/hooks';
import type { AutofillCandidates, AutofillConfirmation, PendingAutofill } from '../../autofill/worker/autofill-views';
import { sendMessage } from '../../protocol/client';
import { confirmsAtOnce, stepAfterFill } from './autofill-outcome';
import { fillErrorSentence } from './autofill-text';

/** Long enough to read "Filled the code into …" before the popup gets out of the page's way. */
export const CLOSE_AFTER_FILL_MS = 1200;

export interface AutofillState {
  /** What the background said about the active tab; undefined until it answered. */
  candidates: AutofillCandidates | undefined;
  /** A keyboard or menu fill waiting for the user. */
  pending: PendingAutofill | undefined;
  /** The confirmation on screen, if any. */
  confirmation: AutofillConfirmation | undefined;
  /** The confirmation came from the user's own Fill (so Cancel goes back), not from a waiting fill. */
  cancellable: boolean;
  /** The account whose fill is under way: other fills are refused meanwhile. */
  busyId: string | undefined;
  /** The account whose Fill button takes the focus back after a Cancel. */
  returnTo: string | undefined;
  /** Why the last fill failed, one sentence; cleared when the next one starts. */
  error: string | undefined;
  fill: (accountId: string, confirmed: boolean) => void;
  cancel: () => void;
  dismiss: () => void;
}

/** What an account's row needs to offer its Fill button. */
export interface RowFill {
  /** One of the account's sites is this page. */
  matching: boolean;
  /** Another fill is under way: this one waits its turn. */
  blocked: boolean;
  returning: boolean;
  onFill: () => void;
}

/** The row's Fill, or nothing when the active tab is no web page (or not known yet). */
export function rowFill(state: AutofillState, accountId: string): RowFill | undefined {
  if (!state.candidates?.site) return undefined;
  return {
    matching: state.candidates.matching.includes(accountId),
    blocked: state.busyId !== undefined,
    returning: state.returnTo === accountId,
    onFill: () => state.fill(accountId, false),
  };
}

/**
 * The popup's side of autofill. The popup never sees a code: it names an account, and the
 * background fills, copies, or asks for a confirmation or a choice.
 */
export function useAutofill(onNotice: (notice: string) => void, onError: (error: Error) => void): AutofillState {
  const [candidates, setCandidates] = useState<AutofillCandidates>();
  const [pending, setPending] = useState<PendingAutofill>();
  const [asked, setAsked] = useState<AutofillConfirmation>();
  const [busyId, setBusyId] = useState<string>();
  const [returnTo, setReturnTo] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    // After the first paint, never inside popup.open: the codes do not wait for the tab. Both are
    // conveniences: when the background cannot tell, the popup simply offers no Fill.
    sendMessage('autofill.candidates', {}).then(setCandidates, () => undefined);
    sendMessage('autofill.pending', {}).then((waiting) => setPending(waiting ?? undefined), () => undefined);
  }, []);

  const confirmation = asked ?? (pending && confirmsAtOnce(pending) ? pending.confirmation : undefined);

  async function fill(accountId: string, confirmed: boolean) {
    // Fill buttons show only once the background named the page (candidates or a waiting fill).
    const site = confirmation?.site ?? pending?.site ?? candidates?.site;
    if (busyId || !site) return;
    setBusyId(accountId);
    setReturnTo(undefined);
    setError(undefined);
    try {
      const step = stepAfterFill(await sendMessage('autofill.fill', { accountId, confirmed }), site);
      if (step.kind === 'confirm') {
        setAsked(step.confirmation);
      } else if (step.kind === 'choose') {
        setAsked(undefined);
        setPending(step.pending);
      } else {
        setAsked(undefined);
        setPending(undefined);
        onNotice(step.notice);
        // The code is in the page: the popup would only cover it.
        if (step.close) setTimeout(() => window.close(), CLOSE_AFTER_FILL_MS);
      }
    } catch (thrown) {
      const failure = thrown as Error;
      // A vault that locked itself meanwhile is the popup's business (it shows the unlock form).
      if (failure.name === 'VaultLockedError') onError(failure);
      else setError(fillErrorSentence(failure, confirmation?.frameOrigin));
    } finally {
      setBusyId(undefined);
    }
  }

  function cancel() {
    setError(undefined);
    setReturnTo(asked?.accountId);
    setAsked(undefined);
    // The background keeps its question to check the answer against: a no withdraws it, so the
    // next popup does not ask again. A keyboard or menu fill keeps waiting for another choice.
    if (!pending) sendMessage('autofill.dismiss', {}).catch(() => undefined);
  }

  function dismiss() {
    setError(undefined);
    sendMessage('autofill.dismiss', {}).then(
      () => {
        setPending(undefined);
        setAsked(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
  }

  return {
    candidates,
    pending,
    confirmation,
    cancellable: asked !== undefined,
    busyId,
    returnTo,
    error,
    fill: (accountId, confirmed) => void fill(accountId, confirmed),
    cancel,
    dismiss,
  };
}
