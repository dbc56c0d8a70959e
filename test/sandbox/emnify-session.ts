/** Issuing EMnify tokens and checking the bearer on authenticated routes. */
import type { SandboxContext } from './context';
import { forbidden, notFound, unauthorized } from './errors';
import { randomToken } from './hashing';
import { signJwt, verifyJwt } from './jwt';
import type { SandboxRequest } from './router';
import type { EmnifyUserRecord } from './state';
import { findUserByEmail, findUserById } from './users';

/**
 * A JWT whose only meaningful claim for clients is `exp` (§1.2); `gen` ties it
 * to the user's password generation, `esc` imitates the real token's opaque
 * organisation claim so that clients do not start depending on its absence.
 */
export function issueAuthToken(context: SandboxContext, user: EmnifyUserRecord): string {
  const iat = Math.floor(context.clock.now() / 1000);
  return signJwt(
    {
      iss: 'emnify-sandbox',
      sub: String(user.id),
      iat,
      exp: iat + context.options.authTokenMinutes * 60,
      jti: randomToken(12),
      gen: user.tokenGeneration,
      esc: { org: { id: 1, name: 'Sandbox Org' }, usr: { id: user.id, username: user.email } },
    },
    context.state.jwtSecret,
  );
}

/** A full login (flows 1–3): auth token plus a server-side refresh token. */
export function issueLogin(
  context: SandboxContext,
  user: EmnifyUserRecord,
): { auth_token: string; refresh_token: string } {
  const refreshToken = randomToken(32);
  context.state.refreshTokens.push({ token: refreshToken, userId: user.id, generation: user.tokenGeneration });
  return { auth_token: issueAuthToken(context, user), refresh_token: refreshToken };
}

/** The user behind `Authorization: Bearer <jwt>`; any problem is the empty-bodied 401 (§1.1). */
export function requireUser(request: SandboxRequest, context: SandboxContext): EmnifyUserRecord {
  const match = /^Bearer (\S+)$/u.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw unauthorized();
  const claims = verifyJwt(match[1], context.state.jwtSecret, context.clock.now());
  if (!claims) throw unauthorized();
  const user = findUserById(context.state, Number(claims.sub));
  if (!user || claims.gen !== user.tokenGeneration) throw unauthorized();
  return user;
}

/**
 * A `{user_id}` path segment: `my`, a numeric id or a username. Ordinary users see
 * only their own data (403 otherwise, without saying whether the other user exists).
 * An administrator manages every user of the organisation (all sandbox users are
 * one), so only an administrator learns that an id names nobody (404).
 */
export function resolveManagedUser(
  segment: string | undefined,
  me: EmnifyUserRecord,
  context: SandboxContext,
): EmnifyUserRecord {
  if (segment === 'my') return me;
  let target: EmnifyUserRecord | undefined;
  if (segment !== undefined && /^\d{1,15}$/u.test(segment)) target = findUserById(context.state, Number(segment));
  else if (segment?.includes('@')) target = findUserByEmail(context.state, segment);
  else throw notFound('No such user.', 'reference');
  if (target?.id === me.id) return me;
  if (!me.admin) throw forbidden();
  if (!target) throw notFound('No such user.', 'reference');
  return target;
}
