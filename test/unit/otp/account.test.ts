// Manual entry, validation, code generation edge cases and time helpers.
import { describe, expect, test } from 'vitest';
import {
  createOtpAccount,
  generateCode,
  OtpInputError,
  OtpUriError,
  secondsRemaining,
  timeStep,
  validateOtpAccount,
  type OtpAccount,
} from '../../../lib/otp/index';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OtpInputError);
    expect(error).toMatchObject({ name: 'OtpInputError' });
    return (error as OtpInputError).reason;
  }
  return undefined;
}

const base = { type: 'totp' as const, issuer: ' ACME ', label: ' alice ', secret: 'jbsw y3dp ehpk 3pxp' };

describe('createOtpAccount', () => {
  test('normalises a typed secret and trims names', () => {
    const account = createOtpAccount(base);
    expect(account).toMatchObject({ issuer: 'ACME', label: 'alice', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 });
    expect(account.secret).toHaveLength(10);
  });

  test('HOTP keeps its counter, stores the default period', () => {
    expect(createOtpAccount({ ...base, type: 'hotp', counter: 7, period: 60 })).toMatchObject({ counter: 7, period: 30 });
  });

  test.each([
    [{ secret: '' }, 'missing-secret'],
    [{ secret: 'JBSWY3DPEHPK3PX0' }, 'bad-base32'],
    [{ secret: 'GEZDGNBVGY3TQ' }, 'secret-too-short'],
    [{ secret: 'A'.repeat(104) }, 'secret-too-long'],
    [{ label: '   ' }, 'bad-label'],
    [{ digits: 9 }, 'bad-digits'],
    [{ period: 0 }, 'bad-period'],
    [{ period: 30.5 }, 'bad-period'],
    [{ type: 'hotp' as const, counter: -1 }, 'bad-counter'],
    [{ algorithm: 'MD5' as never }, 'unknown-algorithm'],
    [{ type: 'motp' as never }, 'bad-type'],
  ])('%o → %s', (override, reason) => {
    expect(reasonOf(() => createOtpAccount({ ...base, ...override }))).toBe(reason);
  });

  test('the short-secret message says what is needed', () => {
    expect(() => createOtpAccount({ ...base, secret: 'GEZDGNBVGY3TQ' })).toThrow(
      'The secret is too short: 8 bytes; at least 10 bytes (16 Base32 characters) are needed.',
    );
  });
});

describe('validateOtpAccount', () => {
  const good: OtpAccount = createOtpAccount(base);

  test('accepts a valid account', () => {
    expect(() => validateOtpAccount(good)).not.toThrow();
  });

  test.each<[Partial<OtpAccount>, string]>([
    [{ secret: new Uint8Array(9) }, 'secret-too-short'],
    [{ secret: new Uint8Array(65) }, 'secret-too-long'],
    [{ digits: 5 }, 'bad-digits'],
    [{ period: 3601 }, 'bad-period'],
    [{ counter: 3 }, 'bad-counter'], // a TOTP account has no counter
    [{ type: 'hotp', period: 60 }, 'bad-period'], // an HOTP account has no period
    [{ type: 'hotp', counter: Number.MAX_SAFE_INTEGER + 1 }, 'bad-counter'],
    [{ label: '' }, 'bad-label'],
    [{ algorithm: 'sha1' as never }, 'unknown-algorithm'],
    [{ label: ' a' }, 'bad-label'],
    [{ label: 'a\ud800' }, 'bad-label'],
    [{ issuer: 'x ' }, 'bad-issuer'],
  ])('%o → %s', (override, reason) => {
    expect(reasonOf(() => validateOtpAccount({ ...good, ...override }))).toBe(reason);
  });
});

describe('errors', () => {
  test('OtpUriError is an OtpInputError with its own name', () => {
    const error = new OtpUriError('bad-scheme', 'This is not an otpauth:// link.');
    expect(error).toBeInstanceOf(OtpInputError);
    expect(error.name).toBe('OtpUriError');
    expect(error.reason).toBe('bad-scheme');
  });
});

describe('generateCode', () => {
  test('accepts a 10-byte secret (below otplib’s 16-byte default floor)', async () => {
    const account = createOtpAccount({ ...base, secret: 'GEZDGNBVGY3TQOJQ' }); // ASCII "1234567890"
    expect(account.secret).toHaveLength(10);
    expect(await generateCode(account, 59_000)).toMatch(/^\d{6}$/);
  });

  test('rejects a secret shorter than 10 bytes', async () => {
    const account = { ...createOtpAccount(base), secret: new Uint8Array(8) };
    await expect(generateCode(account, 0)).rejects.toMatchObject({ name: 'OtpInputError', reason: 'secret-too-short' });
  });

  test('rejects an invalid clock for TOTP', async () => {
    await expect(generateCode(createOtpAccount(base), Number.NaN)).rejects.toMatchObject({ reason: 'bad-time' });
  });

  test('same code within a step, new code in the next step', async () => {
    const account = createOtpAccount(base);
    expect(await generateCode(account, 30_000)).toBe(await generateCode(account, 59_999));
    expect(await generateCode(account, 60_000)).not.toBe(await generateCode(account, 59_999));
  });
});

describe('time helpers', () => {
  test.each([
    [30, 0, 0, 30],
    [30, 59_000, 1, 1],
    [30, 59_999, 1, 1],
    [30, 60_000, 2, 30],
    [60, 1_111_111_109_000, 18_518_518, 31],
    [1, 5_500, 5, 1],
  ])('period %i at %i ms → step %i, %i s left', (period, atMs, step, left) => {
    expect(timeStep(period, atMs)).toBe(step);
    expect(secondsRemaining(period, atMs)).toBe(left);
  });
});
