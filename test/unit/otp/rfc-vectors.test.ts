// The RFC appendices are the ground truth; the data lives in test/vectors so it can be audited against the RFC text.
import { describe, expect, test } from 'vitest';
import hotpVectors from '../../vectors/rfc4226-appendix-d.json';
import totpVectors from '../../vectors/rfc6238-appendix-b.json';
import { generateCode, timeStep, type OtpAccount, type OtpAlgorithm } from '../../../lib/otp/index';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('RFC 4226 Appendix D (HOTP)', () => {
  test('cites its source', () => {
    expect(hotpVectors.source).toMatch(/RFC 4226 Appendix D/);
  });

  test.each(hotpVectors.vectors)('counter $counter → $hotp', async ({ counter, hotp }) => {
    const account: OtpAccount = {
      type: 'hotp',
      issuer: '',
      label: 'rfc4226',
      secret: ascii(hotpVectors.secretAscii),
      algorithm: hotpVectors.algorithm as OtpAlgorithm,
      digits: hotpVectors.digits,
      period: 30,
      counter,
    };
    // The time must not matter for HOTP.
    expect(await generateCode(account, 1_700_000_000_000)).toBe(hotp);
  });
});

describe('RFC 6238 Appendix B (TOTP)', () => {
  test('cites its source', () => {
    expect(totpVectors.source).toMatch(/RFC 6238 Appendix B/);
  });

  test.each(totpVectors.vectors)('$algorithm at $time → $totp', async ({ time, step, algorithm, totp }) => {
    const algo = algorithm as OtpAlgorithm;
    const account: OtpAccount = {
      type: 'totp',
      issuer: '',
      label: 'rfc6238',
      secret: ascii(totpVectors.seedsAscii[algo]),
      algorithm: algo,
      digits: totpVectors.digits,
      period: totpVectors.period,
      counter: 0,
    };
    expect(timeStep(totpVectors.period, time * 1000)).toBe(parseInt(step, 16));
    expect(await generateCode(account, time * 1000)).toBe(totp);
  });
});
