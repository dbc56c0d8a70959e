// Account ids as the vault makes them (crypto.randomUUID(): lowercase, hyphenated) travel as their
// 16 bytes; any other id travels as text. Both ways give back the very same string.
// @see RFC 9562 §4 (UUID format)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const UUID_BYTES = 16;

/** The id's 16 bytes when it is a UUID in the vault's form, else undefined. */
export function uuidBytes(id: string): Uint8Array | undefined {
  if (!UUID.test(id)) return undefined;
  const hex = id.replaceAll('-', '');
  return Uint8Array.from({ length: UUID_BYTES }, (_, index) => parseInt(hex.slice(index * 2, index * 2 + 2), 16));
}

export function uuidFromBytes(bytes: Uint8Array): string {
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
