import { pageMessage } from '../../messaging/page-message';
import { empty, id, profileId, serverPassword, email, text } from '../../messaging/request-fields';
import * as z from '../../zod';
import { answerKeyOffer } from './key-offer';
import { submitCode } from './mfa-step';
import { loginWithApplicationToken, loginWithPassword } from './password-login';
import { cancelMfa, changeServerPassword, logout } from './session-actions';
import { buildSessionView } from './session-view';
import { requireUnlocked } from './unlocked';
import type { ServerDeps } from '../server-deps';

/**
 * Logging in to an EMnify server, with MFA. Each flow needs an unlocked vault; cancelling and
 * logging out never do, so that ending a login is always possible.
 */
export function sessionMessages(deps: ServerDeps) {
  return {
    // Logging in to an EMnify server. Every flow needs an unlocked vault (fingerprints and seeds live there).
    'session.view': pageMessage({
      request: empty,
      passive: true,
      async handle() {
        await requireUnlocked(deps.vault);
        return buildSessionView(deps);
      },
    }),
    'session.loginPassword': pageMessage({ request: z.strictObject({ profileId, username: email, password: serverPassword }), handle: (request) => loginWithPassword(deps, request) }),
    'session.loginToken': pageMessage({ request: z.strictObject({ profileId, applicationToken: z.string().check(z.minLength(1), z.maxLength(4096)) }), handle: (request) => loginWithApplicationToken(deps, request) }),
    /**
     * MFA step 2. Without `code`, the background uses a fresh code of the vault account `accountId`
     * (one the user picked), else of the account bound to this user; the code never leaves it but
     * for the server.
     */
    'session.submitCode': pageMessage({ request: z.strictObject({
    // Letters allowed: e-mailed codes may contain them. The server decides what it accepts.
    code: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
    accountId: z.optional(id),
    /** "Trust this browser": the popup's words for it, which the server lists the device by. */
    trustedDevice: z.optional(z.strictObject({ operatingSystem: text(256), browser: text(256), name: text(256) })),
  }), handle: (request) => submitCode(deps, request) }),
    /** "Use this key next time?" after a login with a picked account: Remember ties it, Not now does not. */
    'session.answerKeyOffer': pageMessage({ request: z.strictObject({ remember: z.boolean() }), handle: ({ remember }) => answerKeyOffer(deps, remember) }),
    'session.cancelMfa': pageMessage({ request: empty, handle: () => cancelMfa(deps) }),
    'session.logout': pageMessage({ request: empty, handle: () => logout(deps) }),
    /** Ends the session on success: the user logs in again with the new password. */
    'session.changePassword': pageMessage({ request: z.strictObject({ oldPassword: serverPassword, newPassword: serverPassword }), handle: (request) => changeServerPassword(deps, request) }),
  };
}
