// The extension treats auth tokens as opaque except for the standard `exp` claim, which tells it
// when to refresh before the server starts answering 401. No signature check: the server does that.
// @see RFC 7519 §4.1.4 (exp: seconds since the epoch), RFC 7515 §2 (base64url segments)
import { decodeBase64 } from '../otp';

/** The token's expiry in epoch ms, or undefined when it is not a JWT or carries no numeric exp. */
export function readJwtExpiry(token: string): number | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const payload: unknown = JSON.parse(new TextDecoder().decode(decodeBase64(parts[1])));
    if (typeof payload !== 'object' || payload === null || !('exp' in payload)) return undefined;
    const exp = payload.exp;
    return typeof exp === 'number' && Number.isFinite(exp) && exp > 0 ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
