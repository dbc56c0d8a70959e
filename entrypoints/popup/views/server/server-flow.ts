import type { PendingEnrolment, SessionView } from '../../../../lib/protocol/protocol';

/** What every screen of the Server tab may do beyond its own form. */
export interface ServerFlow {
  /** A reply changed the session: show the screen that goes with it. */
  applySession: (view: SessionView) => void;
  /** A session step failed; the session may have changed meanwhile. */
  onFailure: (error: Error) => Promise<void>;
  /** The user moved on (another screen, another try): an error a previous step left no longer applies. */
  dismissError: () => void;
  /** An account was added to the vault: show it on the Codes tab with this notice. */
  onShowCodes: (notice: string) => void;
  onOpenEnrolment: (enrolment: PendingEnrolment | undefined) => void;
  onEnrolments: (enrolments: PendingEnrolment[]) => void;
}
