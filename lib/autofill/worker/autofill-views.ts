/** Views of autofill for the popup. Types only; a code never travels in any of them. */
import type { FillRefusal } from '../content-protocol';

/** The page a fill would go to, as the background sees it (from the browser, never the page). */
export interface AutofillSite {
  /** The top frame's origin, e.g. `https://github.com`. */
  origin: string;
  /** Its registrable domain by the public suffix list, e.g. `github.com`; absent for IPs/localhost. */
  registrableDomain?: string;
  /** http:// (or another non-https scheme on a non-loopback host): filling needs a confirmation. */
  insecure: boolean;
}

export interface AutofillCandidates {
  /** Absent when the active tab is not a web page (e.g. a browser page): nothing can be filled. */
  site?: AutofillSite;
  /** Accounts whose stored sites match this page (registrable domain), best first. */
  matching: string[];
}

/** A fill that the background would not do without the user's explicit yes. */
export interface AutofillConfirmation {
  site: AutofillSite;
  accountId: string;
  /** 'new-site': the account has no site matching this page; 'insecure': plain http;
   *  'cross-origin-frame': the field is in a frame of another site than the tab. */
  reasons: ('new-site' | 'insecure' | 'cross-origin-frame')[];
  /** The frame's origin when it differs from the tab's. */
  frameOrigin?: string;
}

/** Why a code field that was found did not get the code (lib/autofill/content-protocol.ts). */
export type CopiedWhy = Exclude<FillRefusal, 'no-field'>;

export type AutofillOutcome =
  | { result: 'filled' }
  /**
   * No field took the code: it was copied instead (and is cleared after the set delay). `why`
   * when a field was found but refused, or refused the code (copied-text.ts words it).
   */
  | { result: 'copied'; why?: CopiedWhy }
  | { result: 'needs-confirmation'; confirmation: AutofillConfirmation }
  /** Several accounts match a keyboard or menu fill: the popup lets the user pick. */
  | { result: 'needs-choice'; accountIds: string[] };

/** A fill asked for by the keyboard command or the context menu that waits for the popup. */
export interface PendingAutofill {
  site: AutofillSite;
  /** The choices, when several accounts match. */
  accountIds: string[];
  confirmation?: AutofillConfirmation;
}
