import { pageMessage } from '../../messaging/page-message';
import { empty, id, int, serverPassword } from '../../messaging/request-fields';
import * as z from '../../zod';
import { cancelEnrolment, activateEnrolment } from './enrolment-finish';
import { listPendingEnrolments, revealEnrolment } from './enrolment-pending';
import { listMfaTypes, startEnrolment } from './enrolment-start';
import { toAccountSummary } from '../../accounts/account-view';
import type { ServerDeps } from '../server-deps';

/** Enrolling an MFA key for the logged-in user; the flows themselves live beside this file. */
export function enrolmentMessages(deps: ServerDeps) {
  return {
    // Enrolling a TOTP key for the logged-in user; the seed is in the vault before anything else happens.
    'enrolment.types': pageMessage({
      request: empty,
      handle: () => listMfaTypes(deps.servers),
    }),
    'enrolment.start': pageMessage({
      request: z.strictObject({ typeId: int(0, 1_000_000), password: serverPassword }),
      handle: (request) => startEnrolment(deps, request),
    }),
    'enrolment.list': pageMessage({
      request: empty,
      passive: true,
      handle: () => listPendingEnrolments(deps),
    }),
    /**
     * The only reply that carries a seed: the QR code and secret of a key that is still pending, so
     * the user can add it to a phone too. Refused once the key is active (revealing an active
     * account's secret needs the passphrase again).
     */
    'enrolment.reveal': pageMessage({
      request: z.strictObject({ accountId: id }),
      handle: ({ accountId }) => revealEnrolment(deps.vault, accountId),
    }),
    'enrolment.activate': pageMessage({
      request: z.strictObject({ accountId: id }),
      async handle({ accountId }) {
        return toAccountSummary(await activateEnrolment(deps, accountId));
      },
    }),
    /** Deletes the pending key on the server, then its seed from the vault. */
    'enrolment.cancel': pageMessage({
      request: z.strictObject({ accountId: id }),
      async handle({ accountId }) {
        await cancelEnrolment(deps, accountId);
        return listPendingEnrolments(deps);
      },
    }),
  };
}
