/** What the CLI prints and tests read: the demo credentials of the current state. */
import { DEMO_ADMIN_USER, DEMO_AMADIS_CLIENT, DEMO_MFA_USER, DEMO_PLAIN_USER } from './seed';
import type { SandboxState } from './state';
import { findUserByEmail } from './users';

export interface SandboxDemo {
  /** Has an ACTIVE TOTP key seeded with `mfaSecret` (Base32, SHA-1, 6 digits, 30 s). */
  mfaUser: { email: string; password: string; id: number; mfaSecret: string };
  /** No MFA; `applicationToken` logs it in by flow 5. */
  plainUser: { email: string; password: string; id: number; applicationToken: string };
  /** An administrator without MFA: manages the other users' MFA keys and trusted devices by id. */
  adminUser: { email: string; password: string; id: number };
  /** For Amadis `POST /oauth/token`. */
  amadisClient: { clientId: string; clientSecret: string };
}

function demoUserId(state: SandboxState, email: string): number {
  const user = findUserByEmail(state, email);
  if (!user) throw new Error(`The state has no demo user ${email}.`);
  return user.id;
}

export function describeDemo(state: SandboxState): SandboxDemo {
  return {
    mfaUser: { ...DEMO_MFA_USER, id: demoUserId(state, DEMO_MFA_USER.email), mfaSecret: state.demo.mfaSecret },
    plainUser: {
      ...DEMO_PLAIN_USER,
      id: demoUserId(state, DEMO_PLAIN_USER.email),
      applicationToken: state.demo.applicationToken,
    },
    adminUser: { ...DEMO_ADMIN_USER, id: demoUserId(state, DEMO_ADMIN_USER.email) },
    amadisClient: { ...DEMO_AMADIS_CLIENT },
  };
}
