import type { Handlers } from '../messaging/router';
import { cancelEnrolment, activateEnrolment } from '../server/enrolment-finish';
import { listPendingEnrolments, revealEnrolment } from '../server/enrolment-pending';
import { listMfaTypes, startEnrolment } from '../server/enrolment-start';
import { toAccountSummary } from '../accounts/account-view';
import type { BackgroundDeps } from './deps';

type EnrolmentHandlers = Pick<
  Handlers,
  | 'enrolment.types'
  | 'enrolment.start'
  | 'enrolment.list'
  | 'enrolment.reveal'
  | 'enrolment.activate'
  | 'enrolment.cancel'
>;

/** Enrolling an MFA key for the logged-in user; the flows themselves live in lib/session. */
export function enrolmentHandlers(deps: BackgroundDeps): EnrolmentHandlers {
  return {
    'enrolment.types': {
      from: 'extension-page',
      handle: () => listMfaTypes(deps.servers),
    },
    'enrolment.start': {
      from: 'extension-page',
      handle: (request) => startEnrolment(deps, request),
    },
    'enrolment.list': {
      from: 'extension-page',
      handle: () => listPendingEnrolments(deps),
    },
    'enrolment.reveal': {
      from: 'extension-page',
      handle: ({ accountId }) => revealEnrolment(deps.vault, accountId),
    },
    'enrolment.activate': {
      from: 'extension-page',
      async handle({ accountId }) {
        return toAccountSummary(await activateEnrolment(deps, accountId));
      },
    },
    'enrolment.cancel': {
      from: 'extension-page',
      async handle({ accountId }) {
        await cancelEnrolment(deps, accountId);
        return listPendingEnrolments(deps);
      },
    },
  };
}
