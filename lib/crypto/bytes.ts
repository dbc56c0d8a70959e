// Byte helpers shared by the crypto and vault code. Everything goes through the platform
// (TextEncoder, crypto.getRandomValues, btoa/atob) so there is nothing hand-rolled to get wrong.

const encoder = new TextEncoder();
// fatal: a stored payload that is not valid UTF-8 must fail loudly, not decode to U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Standard base64 (RFC 4648 §4, with padding). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so a large input never exceeds the engine's argument-count limit.
  const chunkSize = 0x8000;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

/** Inverse of {@link toBase64}; throws a DOMException ('InvalidCharacterError') on bad input. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes;
}

export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** The parts one after another, in one new array. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** `length` random bytes as base64url without padding (RFC 4648 §5): an id safe in any key or URL. */
export function randomBase64Url(length: number): string {
  return toBase64(randomBytes(length)).replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_');
}

/**
 * Not constant-time: only for comparing public data (IVs, ciphertexts), never secrets or tags;
 * use {@link constantTimeEqual} for those.
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) return false;
  }
  return true;
}

/**
 * For secrets (e.g. the raw data key): no early exit, so the time taken does not reveal how many
 * leading bytes matched. Only the length may leak, and key lengths are public. A JS engine gives
 * no hard timing guarantee; this is the best the language allows.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let index = 0; index < a.length; index += 1) diff |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return diff === 0;
}

/**
 * WebCrypto's types want a view over a plain ArrayBuffer (TS ≥ 5.7 distinguishes it from
 * SharedArrayBuffer); copy only when the caller handed us something else.
 */
export function asBufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}
