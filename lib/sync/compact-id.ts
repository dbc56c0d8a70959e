// Account ids as the vault makes them (crypto.randomUUID(): lowercase, hyphenated) travel as their
// 16 bytes; any other id travels as text. Both ways give back the very same string.
// @see RFC 9562 §4 (UUID format)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const UUID_BYTES = 16;

/** The id's 16 bytes when it is a UUID in the vault's form, else undefined. */
export function uuidBytes(id: string): Uint8Array | undefined {
  if (!UUID.test(id)) return undefined;
  return Uint8Array.from(id.replaceAll('-', '').match(/../g)!, (hex) => parseInt(hex, 16));
}

export function uuidFromBytes(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
