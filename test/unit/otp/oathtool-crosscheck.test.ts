// Cross-checks against an independent implementation (OATH Toolkit's oathtool, C, Debian package).
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { encodeBase32, generateCode, type OtpAccount, type OtpAlgorithm } from '../../../lib/otp/index';

const MISSING = 'oathtool is not installed: run `apt-get install oathtool` (Debian/Ubuntu). These tests must not be skipped.';

function oathtool(args: string[]): string {
  try {
    return execFileSync('oathtool', args, { encoding: 'utf8' }).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(MISSING);
    throw error;
  }
}

/** Deterministic, varied test keys: 10 bytes (80-bit, common) up to 64 bytes. */
function bytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 73 + seed * 151 + 17) & 0xff);
}

const SECRETS = [bytes(10, 1), bytes(16, 2), bytes(20, 3), bytes(32, 4), bytes(64, 5)];
const ALGORITHMS: OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];
const DIGITS = [6, 7, 8];
const PERIODS = [30, 60];
const TIMES = [0, 59, 1_111_111_109, 1_700_000_029, 2_000_000_000, 20_000_000_000];
const COUNTERS = [0, 1, 9, 1234, 2 ** 32 + 5];

function account(secret: Uint8Array, fields: Partial<OtpAccount>): OtpAccount {
  return { type: 'totp', issuer: '', label: 'x', secret, algorithm: 'SHA1', digits: 6, period: 30, counter: 0, ...fields };
}

describe('oathtool cross-check', () => {
  test('oathtool is installed', () => {
    expect(oathtool(['--version'])).toMatch(/oathtool/);
  });

  test.each(SECRETS.map((secret) => [secret.length, secret] as const))('TOTP, %i-byte secret', async (_, secret) => {
    const base32 = encodeBase32(secret);
    for (const algorithm of ALGORITHMS) {
      for (const digits of DIGITS) {
        for (const period of PERIODS) {
          for (const time of TIMES) {
            const expected = oathtool([
              `--totp=${algorithm.toLowerCase()}`,
              `--digits=${digits}`,
              `--time-step-size=${period}s`,
              `--now=@${time}`,
              '--base32',
              base32,
            ]);
            const actual = await generateCode(account(secret, { algorithm, digits, period }), time * 1000);
            expect(actual, `${algorithm} digits=${digits} period=${period} t=${time}`).toBe(expected);
          }
        }
      }
    }
  });

  test.each(SECRETS.map((secret) => [secret.length, secret] as const))('HOTP, %i-byte secret', async (_, secret) => {
    const base32 = encodeBase32(secret);
    for (const digits of DIGITS) {
      for (const counter of COUNTERS) {
        // oathtool's HOTP mode is SHA-1 only, as RFC 4226 defines it.
        const expected = oathtool(['--hotp', `--digits=${digits}`, `--counter=${counter}`, '--base32', base32]);
        const hotp = account(secret, { type: 'hotp', digits, counter });
        expect(await generateCode(hotp, 0), `digits=${digits} counter=${counter}`).toBe(expected);
      }
    }
  });
});
