// An account of a Google Authenticator export whose names are too long for one otpauth:// link is
// refused on the page, like an over-long pasted line: it never reaches the background, whose
// request schema would otherwise refuse the whole preview.
import { describe, expect, it } from 'vitest';
import { entriesFromLinks, MAX_LINK_LENGTH } from '../../../lib/import/import-entries';
import { linksToCheck } from '../../../lib/import/preview-rows';
import { migrationUri, SECRET_20 } from '../../fixtures/import/migration-payload';

describe('export accounts too long for one link', () => {
  it('are refused rows with the reason, and the export\'s other accounts still go to the background', () => {
    const link = migrationUri({
      parameters: [
        { secret: SECRET_20, name: 'x'.repeat(MAX_LINK_LENGTH), issuer: 'Long' },
        { secret: SECRET_20, name: 'short', issuer: 'Fine' },
      ],
    });
    const entries = entriesFromLinks([{ entry: 'export.png', text: link }]);
    expect(entries[0]).toEqual({
      entry: 'export.png, account 1',
      reason: 'This entry is too long to be an otpauth:// link.',
      issuer: 'Long',
      label: 'x'.repeat(MAX_LINK_LENGTH),
    });
    const uris = linksToCheck(entries);
    expect(uris).toHaveLength(1);
    expect(uris.every((uri) => uri.length <= MAX_LINK_LENGTH)).toBe(true);
  });
});
