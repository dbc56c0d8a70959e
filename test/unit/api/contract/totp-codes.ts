// TOTP codes as a correct authenticator computes them, with the project's own OTP module and the
// sandbox's one definition of the settings (SHA-1, 6 digits, 30 s: test/sandbox/totp-verify.ts),
// which the otpauth link the server returns also carries.
import { generateCode } from '../../../../lib/otp';
import { TOTP_SETTINGS, totpAccount, totpCodeAt } from '../../../sandbox/totp-verify';

export const TOTP_PERIOD_MS = TOTP_SETTINGS.period * 1000;

/** The code for a Base32 seed at `atMs`, `steps` periods later (negative = earlier). */
export function totpCode(secretBase32: string, atMs: number, steps = 0): Promise<string> {
  return totpCodeAt(secretBase32, atMs + steps * TOTP_PERIOD_MS);
}

/** The code for raw seed bytes (Amadis hands out bytes, not Base32). */
export function totpCodeForBytes(secret: Uint8Array, atMs: number): Promise<string> {
  return generateCode(totpAccount(secret), atMs);
}

/**
 * A six-digit string that is none of the codes the server accepts at `atMs` (steps -1, 0, +1),
 * so a "wrong code" test can never pass by luck.
 */
export async function wrongCode(secretBase32: string, atMs: number): Promise<string> {
  const accepted = await Promise.all([-1, 0, 1].map((steps) => totpCode(secretBase32, atMs, steps)));
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, '0');
    if (!accepted.includes(code)) return code;
  }
}
