// The one place that turns a user's EMnify password into its wire format.
// **Decision (password hashing)** in docs/api-contract.md §1.5: every EMnify field that
// carries the user's password carries the lowercase hex SHA-1 of its UTF-8 bytes. SHA-1 is the
// server's format, not our storage: the extension never stores the server password.

/** Lowercase hex SHA-1 of the password's UTF-8 bytes, as EMnify expects it. */
export async function hashPasswordForEmnify(password: string): Promise<string> {
  // No Unicode normalisation: the server compares against what its own web app hashed, and
  // that app hashes the characters as typed.
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
