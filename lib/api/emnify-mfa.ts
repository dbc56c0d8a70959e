// MFA keys of the logged-in user (docs/api-contract.md §1.3). All calls carry the bearer token.
import { hashPasswordForEmnify } from './emnify-password';
import { joinPath, param, userPath } from './emnify-paths';
import {
  labelledListSchema,
  mfaKeyCreatedSchema,
  type Labelled,
  type MfaKeyCreated,
} from './emnify-schemas';
import type { EmnifySession } from './emnify-session';
import { noContent } from './http';

/** Type 0 is the only one the contract lists: time-based one-time passwords. */
export const TOTP_MFA_TYPE_ID = 0;
/** The status a key moves to when a code confirms it. */
export const ACTIVE_MFA_STATUS_ID = 1;

export type EmnifyMfa = {
  /** Creates a pending key; the answer holds the seed, once: store it before anything else. */
  createMfaKey(options: { password: string; typeId?: number }): Promise<MfaKeyCreated>;
  /** Confirms a pending key with a code from it (a string, sent top-level). */
  activateMfaKey(keyId: number, code: string): Promise<void>;
  /** Deletes a key of the logged-in user, or of `userId` when given. */
  deleteMfaKey(keyId: number, options?: { userId?: number | string }): Promise<void>;
  listMfaStatuses(): Promise<Labelled[]>;
  listMfaTypes(): Promise<Labelled[]>;
};

export function createEmnifyMfa(session: EmnifySession): EmnifyMfa {
  async function createMfaKey(options: { password: string; typeId?: number }) {
    return session.authed({
      method: 'POST',
      path: '/api/v1/user/mfa',
      json: {
        type: { id: options.typeId ?? TOTP_MFA_TYPE_ID },
        password: await hashPasswordForEmnify(options.password),
      },
      schema: mfaKeyCreatedSchema,
    });
  }

  async function activateMfaKey(keyId: number, code: string): Promise<void> {
    // `code` is top-level and a string; an old schema nested it in `status` as a number. §1.3
    await session.authed({
      method: 'PATCH',
      path: joinPath('/api/v1/user/mfa', param('key_id', keyId)),
      json: { status: { id: ACTIVE_MFA_STATUS_ID }, code },
      schema: noContent,
    });
  }

  async function deleteMfaKey(keyId: number, options?: { userId?: number | string }) {
    await session.authed({
      method: 'DELETE',
      path: joinPath(userPath(options?.userId), '/mfa', param('key_id', keyId)),
      schema: noContent,
    });
  }

  function listMfaStatuses() {
    return session.authed({ method: 'GET', path: '/api/v1/user/mfa/status', schema: labelledListSchema });
  }

  function listMfaTypes() {
    return session.authed({ method: 'GET', path: '/api/v1/user/mfa/type', schema: labelledListSchema });
  }

  return { createMfaKey, activateMfaKey, deleteMfaKey, listMfaStatuses, listMfaTypes };
}
