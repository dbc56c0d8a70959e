/** Code generation: otplib does the RFC maths, WebCrypto does the HMAC. */
import { t } from '../i18n/t';
import { createGuardrails, type HashAlgorithm } from '@otplib/core';
import { generate as generateHotp } from '@otplib/hotp';
import { generate as generateTotp } from '@otplib/totp';
import { OtpInputError } from './errors';
import { MAX_SECRET_BYTES, MIN_SECRET_BYTES, type OtpAccount, type OtpAlgorithm } from './types';
import { validateOtpAccount } from './validate';
import { webCryptoPlugin } from './webcrypto-plugin';

/** otplib's default floor is 16 bytes; 10-byte secrets are common (see ./types). */
const guardrails = createGuardrails({ MIN_SECRET_BYTES, MAX_SECRET_BYTES });

const OTPLIB_ALGORITHM: Record<OtpAlgorithm, HashAlgorithm> = {
  SHA1: 'sha1',
  SHA256: 'sha256',
  SHA512: 'sha512',
};

function checkTime(atMs: number): void {
  if (!Number.isFinite(atMs) || atMs < 0) {
    throw new OtpInputError('bad-time', t('otpBadTime'));
  }
}

/**
 * The TOTP moving factor T.
 * @see RFC 6238 §4.2 (T = floor((Current Unix time - T0) / X), T0 = 0)
 */
export function timeStep(period: number, atMs: number): number {
  return Math.floor(atMs / 1000 / period);
}

/** Seconds left before the code changes, 1..period (never 0: at 0 the next step began). */
export function secondsRemaining(period: number, atMs: number): number {
  const elapsed = Math.floor(atMs / 1000) % period;
  return period - (elapsed < 0 ? elapsed + period : elapsed);
}

/**
 * The code for `account` at `atMs`: HOTP uses the stored counter, TOTP the time step.
 * @see RFC 4226 §5.3 (HOTP) and RFC 6238 §4 (TOTP)
 */
export async function generateCode(account: OtpAccount, atMs: number): Promise<string> {
  validateOtpAccount(account);
  const common = {
    secret: account.secret,
    algorithm: OTPLIB_ALGORITHM[account.algorithm],
    digits: account.digits,
    crypto: webCryptoPlugin,
    guardrails,
  };
  if (account.type === 'hotp') return generateHotp({ ...common, counter: account.counter });
  checkTime(atMs);
  // otplib floors (epoch / period) itself, which is exactly timeStep() above.
  return generateTotp({ ...common, epoch: atMs / 1000, period: account.period });
}
