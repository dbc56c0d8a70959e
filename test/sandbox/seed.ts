/** The state a fresh (or reset) sandbox starts from: three EMnify demo users and nothing else. */
import { randomBytes } from 'node:crypto';
import { randomToken } from './hashing';
import type { DemoSecrets, SandboxState } from './state';
import { createUser, findUserByEmail, newTotpSecret } from './users';

/** Memorable on purpose: they are printed, and only ever work against 127.0.0.1. */
export const DEMO_PLAIN_USER = { email: 'demo@sandbox.test', password: 'demo-password' } as const;
export const DEMO_MFA_USER = { email: 'mfa.demo@sandbox.test', password: 'mfa-demo-password' } as const;
/** Manages the other users' MFA by id; no MFA of its own, so a demo logs in without a code. */
export const DEMO_ADMIN_USER = { email: 'admin.demo@sandbox.test', password: 'admin-demo-password' } as const;
/** The client of `POST /oauth/token` (Amadis, client_credentials). */
export const DEMO_AMADIS_CLIENT = { clientId: 'sandbox-client', clientSecret: 'sandbox-client-secret' } as const;
/** Ids start here so they look like server ids and never collide with small literals in tests. */
const FIRST_ID = 1001;

export function createDemoSecrets(): DemoSecrets {
  return { mfaSecret: newTotpSecret(), applicationToken: randomToken(32) };
}

export function createSeedState(demo: DemoSecrets, nowMs: number): SandboxState {
  const state: SandboxState = {
    version: 1,
    demo,
    jwtSecret: randomBytes(32).toString('hex'),
    nextId: FIRST_ID,
    users: [],
    refreshTokens: [],
    mfaTokens: [],
    applicationTokens: [],
    amadisUsers: [],
    amadisAccessTokens: [],
  };
  const plain = createUser(state, { ...DEMO_PLAIN_USER, activated: true }, nowMs);
  createUser(state, { ...DEMO_MFA_USER, activated: true, mfaSecret: demo.mfaSecret }, nowMs);
  addDemoAdmin(state, nowMs);
  state.applicationTokens.push({ token: demo.applicationToken, userId: plain.id });
  return state;
}

/**
 * Seeds the administrator demo user after the other two, so they keep the ids they always had;
 * a state file saved before it existed gains it on loading, so the printed credentials stay true.
 */
export function addDemoAdmin(state: SandboxState, nowMs: number): SandboxState {
  if (!findUserByEmail(state, DEMO_ADMIN_USER.email)) {
    createUser(state, { ...DEMO_ADMIN_USER, activated: true, admin: true }, nowMs);
  }
  return state;
}
