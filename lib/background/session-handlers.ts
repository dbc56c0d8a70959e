import type { Handlers } from '../messaging/router';
import { submitCode } from '../server/mfa-step';
import { loginWithApplicationToken, loginWithPassword } from '../server/password-login';
import { cancelMfa, changeServerPassword, logout } from '../server/session-actions';
import { buildSessionView } from '../server/session-view';
import { requireUnlocked } from '../server/unlocked';
import type { BackgroundDeps } from './deps';

type SessionHandlers = Pick<
  Handlers,
  | 'session.view'
  | 'session.loginPassword'
  | 'session.loginToken'
  | 'session.submitCode'
  | 'session.cancelMfa'
  | 'session.logout'
  | 'session.changePassword'
>;

/**
 * Logging in to an EMnify server, with MFA. Each flow needs an unlocked vault; cancelling and
 * logging out never do, so that ending a login is always possible.
 */
export function sessionHandlers(deps: BackgroundDeps): SessionHandlers {
  return {
    'session.view': {
      from: 'extension-page',
      async handle() {
        await requireUnlocked(deps.vault);
        return buildSessionView(deps);
      },
    },
    'session.loginPassword': { from: 'extension-page', handle: (request) => loginWithPassword(deps, request) },
    'session.loginToken': { from: 'extension-page', handle: (request) => loginWithApplicationToken(deps, request) },
    'session.submitCode': { from: 'extension-page', handle: (request) => submitCode(deps, request) },
    'session.cancelMfa': { from: 'extension-page', handle: () => cancelMfa(deps) },
    'session.logout': { from: 'extension-page', handle: () => logout(deps) },
    'session.changePassword': { from: 'extension-page', handle: (request) => changeServerPassword(deps, request) },
  };
}
