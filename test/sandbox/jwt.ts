/**
 * Minimal JWT (JWS compact, HS256), enough to issue EMnify-like auth tokens and
 * check them. Only HS256 is accepted on the way in: a token claiming `none` or
 * another algorithm is refused, never "verified" under it.
 * @see RFC 7519 (JWT) and RFC 7515 §3.1 (compact serialization)
 */
import { createHmac } from 'node:crypto';
import { safeEqual } from './hashing';

export interface JwtClaims {
  sub: string;
  iat: number;
  exp: number;
  [claim: string]: unknown;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function sign(input: string, secretHex: string): string {
  return createHmac('sha256', Buffer.from(secretHex, 'hex')).update(input).digest('base64url');
}

export function signJwt(claims: JwtClaims, secretHex: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const input = `${HEADER}.${payload}`;
  return `${input}.${sign(input, secretHex)}`;
}

function decodeSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The claims of a well-signed, unexpired token; undefined otherwise (the caller answers 401). */
export function verifyJwt(token: string, secretHex: string, nowMs: number): JwtClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  const decodedHeader = decodeSegment(header) as { alg?: unknown } | undefined;
  if (decodedHeader?.alg !== 'HS256') return undefined;
  if (!safeEqual(signature, sign(`${header}.${payload}`, secretHex))) return undefined;
  const claims = decodeSegment(payload) as Partial<JwtClaims> | undefined;
  if (typeof claims?.exp !== 'number' || typeof claims.sub !== 'string') return undefined;
  // RFC 7519 §4.1.4: the token must not be accepted on or after exp.
  if (nowMs >= claims.exp * 1000) return undefined;
  return claims as JwtClaims;
}
