// The codes of every account imported from every format's fixture are the codes OATH Toolkit's
// oathtool (an independent C implementation) computes from what the fixture was written from
// (./accounts.ts): the secret and parameters as the other app held them. An account that imports
// with any field that changes codes wrong (secret, type, algorithm, digits, period, counter) fails.
import { describe, expect, it } from 'vitest';
import { generateCode } from '../../../../lib/otp';
import { oathtoolHotp, oathtoolTotp } from '../../../e2e/support/oathtool';
import { EXPECTED } from '../../../fixtures/import/formats/expected';
import { fixture, importFile } from './import-file';

/** 2025-05-17 09:30:00 UTC, and a time far from it where 30 s and 60 s periods give other steps. */
const TIMES = [1_747_474_200, 2_000_000_015];

const withAccounts = Object.keys(EXPECTED).filter((name) => EXPECTED[name]!.some((row) => row.status === 'new'));

describe('codes of imported accounts', () => {
  it.each(withAccounts)('%s: every account makes the codes oathtool makes from the original', async (name) => {
    const { accounts } = await importFile(name, fixture(name));
    const originals = EXPECTED[name]!.flatMap((row) => (row.status === 'new' ? [row.account] : []));
    expect(accounts).toHaveLength(originals.length);
    for (const [index, original] of originals.entries()) {
      const imported = accounts[index]!;
      for (const seconds of TIMES) {
        const expected =
          original.type === 'hotp'
            ? oathtoolHotp(original.secret, original.counter, original.digits)
            : oathtoolTotp(original.secret, seconds, { algorithm: original.algorithm, digits: original.digits, period: original.period });
        expect(await generateCode(imported, seconds * 1000), `${name}: ${original.issuer} (${original.label})`).toBe(expected);
      }
    }
  });
});
