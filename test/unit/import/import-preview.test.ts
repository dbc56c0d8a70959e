// The whole import preview, page half and background half together: links and export links in,
// the rows of the table the user confirms out.
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/import/classify';
import { entriesFromLinks } from '../../../lib/import/import-entries';
import { linksToCheck, previewRows, type PreviewRow } from '../../../lib/import/preview-rows';
import { linksFromText } from '../../../lib/import/text-links';
import type { FoundLink } from '../../../lib/import/types';
import { parseOtpauthUri, type OtpAccount } from '../../../lib/otp';
import { migrationUri, SECRET_10, SECRET_20, SECRET_32 } from '../../fixtures/import/migration-payload';

const IN_VAULT: OtpAccount = parseOtpauthUri('otpauth://totp/Vault:kept?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');

function preview(links: FoundLink[], vault: OtpAccount[] = [IN_VAULT]): PreviewRow[] {
  const entries = entriesFromLinks(links);
  return previewRows(entries, planImport(linksToCheck(entries), vault).items);
}

function pasted(text: string): FoundLink[] {
  return linksFromText(text).map(({ line, text: link }) => ({ entry: `Line ${line}`, text: link }));
}

const row = (entry: string, status: PreviewRow['status'], issuer = '', label = '', reason = ''): PreviewRow => ({
  entry,
  status,
  issuer,
  label,
  reason,
});

describe('import preview', () => {
  it.each([
    {
      what: 'pasted links: new, garbage, a duplicate of the vault, a repeat within the input',
      links: pasted(
        [
          'otpauth://totp/%C3%89cole:z%C3%B6e?secret=JBSWY3DPEHPK3PXP',
          '# a comment',
          'this is not a link',
          'otpauth://totp/Copy:of-vault?secret=gezd-gnbv-gy3t-qojq-gezd-gnbv-gy3t-qojq',
          'otpauth://totp/Again:zoe?secret=JBSWY3DPEHPK3PXP',
          'otpauth://totp/Other:zoe?secret=JBSWY3DPEHPK3PXP&digits=8',
          'otpauth://hotp/Counter:big?secret=JBSWY3DPEHPK3PXP&counter=9007199254740991',
          'otpauth://hotp/Counter:too-big?secret=JBSWY3DPEHPK3PXP&counter=9007199254740992',
        ].join('\n'),
      ),
      rows: [
        row('Line 1', 'new', 'École', 'zöe'),
        row('Line 3', 'invalid', '', '', 'This is not an otpauth:// link.'),
        row('Line 4', 'duplicate', 'Copy', 'of-vault', 'Already in the vault as Vault (kept).'),
        row('Line 5', 'duplicate', 'Again', 'zoe', 'Same key as École (zöe), earlier in this import.'),
        // Another digit count gives other codes: not a duplicate.
        row('Line 6', 'new', 'Other', 'zoe'),
        row('Line 7', 'new', 'Counter', 'big'),
        row('Line 8', 'invalid', '', '', 'The counter must be a whole number of 0 or more.'),
      ],
    },
    {
      what: 'an export in two QR codes, both given, with an MD5 entry and unknown fields',
      links: [
        {
          entry: 'part-1.png',
          text: migrationUri({
            parameters: [
              { secret: SECRET_10, name: 'Shop:ann', unknownFields: true },
              { secret: SECRET_32, name: 'legacy', issuer: 'Old', algorithm: 4 },
            ],
            batchSize: 2,
            batchIndex: 0,
            batchId: 42,
            unknownFields: true,
          }),
        },
        {
          entry: 'part-2.png',
          text: migrationUri({
            parameters: [{ secret: SECRET_20, name: 'counter', issuer: 'Bänk 🏦', type: 1, counter: 2n ** 40n }],
            batchSize: 2,
            batchIndex: 1,
            batchId: 42,
          }),
        },
      ],
      rows: [
        row('part-1.png, account 1', 'new', 'Shop', 'ann'),
        row('part-1.png, account 2', 'invalid', 'Old', 'legacy', 'This account uses MD5, which is not supported: it cannot be imported.'),
        // The same secret as the vault's, but HOTP: other codes, so new.
        row('part-2.png, account 1', 'new', 'Bänk 🏦', 'counter'),
      ],
    },
    {
      what: 'an export of three QR codes with the second missing',
      links: [0, 2].map((batchIndex) => ({
        entry: `export-${batchIndex + 1}.png`,
        text: migrationUri({
          parameters: [{ secret: batchIndex === 0 ? SECRET_10 : SECRET_32, name: `n${batchIndex}` }],
          batchSize: 3,
          batchIndex,
          batchId: -9,
        }),
      })),
      rows: [
        row('export-1.png, account 1', 'new', '', 'n0'),
        row('export-3.png, account 1', 'new', '', 'n2'),
        row('Google Authenticator export (with export-1.png)', 'invalid', '', '', 'Batch 2 of 3 missing: add that QR code too.'),
      ],
    },
    {
      what: 'a damaged export link and an export that holds the vault key',
      links: [
        { entry: 'Line 1', text: 'otpauth-migration://offline?data=%%%' },
        { entry: 'Line 2', text: migrationUri({ parameters: [{ secret: SECRET_20, name: 'kept', issuer: 'Elsewhere' }] }) },
      ],
      rows: [
        row('Line 1', 'invalid', '', '', "The link is damaged: a '%' is not followed by a valid code."),
        row('Line 2, account 1', 'duplicate', 'Elsewhere', 'kept', 'Already in the vault as Vault (kept).'),
      ],
    },
  ])('$what', ({ links, rows }) => {
    expect(preview(links)).toEqual(rows);
  });

  it('refuses an over-long line on the page, before it reaches the background', () => {
    const long = `otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&issuer=${'x'.repeat(5000)}`;
    const entries = entriesFromLinks([{ entry: 'Line 1', text: long }]);
    expect(linksToCheck(entries)).toEqual([]);
    expect(previewRows(entries, [])).toEqual([row('Line 1', 'invalid', '', '', 'This entry is too long to be an otpauth:// link.')]);
  });

  it('refuses more links than one import takes, with a sentence saying what to do', () => {
    const links = Array.from({ length: 1001 }, (_, i) => ({ entry: `Line ${i + 1}`, text: `otpauth://totp/n${i}?secret=JBSWY3DPEHPK3PXP` }));
    expect(() => linksToCheck(entriesFromLinks(links))).toThrow('At most 1,000 entries can be imported at once: split the list and import it in parts.');
  });

  it('never puts a secret in what the background answers', () => {
    const entries = entriesFromLinks(pasted('otpauth://totp/a?secret=JBSWY3DPEHPK3PXP\notpauth://totp/b?secret=JBSWY3DPEHPK3PXP'));
    const json = JSON.stringify(planImport(linksToCheck(entries), [IN_VAULT]).items);
    expect(json).not.toContain('JBSWY3DPEHPK3PXP');
    expect(json).not.toContain('secret');
  });
});
