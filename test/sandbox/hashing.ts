/** Hashes, random tokens and constant-time comparison shared by the sandbox's two servers. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** EMnify's wire format for passwords: lowercase hex SHA-1 (docs/api-contract.md §1.5, "Decision"). */
export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/** Amadis passwords arrive in clear; the sandbox still never keeps them that way. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An opaque, URL-safe random token (refresh, MFA, application and access tokens). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Compares secrets without leaking where they differ through timing; a length
 * mismatch may return early because the length of a hash or token is public.
 */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** What a client must send where the contract says "sha1hex". */
export function isSha1Hex(value: string): boolean {
  return /^[0-9a-f]{40}$/u.test(value);
}
