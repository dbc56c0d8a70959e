// Where a link sits in a multi-part export, and the forms export links take in the wild.
import { describe, expect, it } from 'vitest';
import { OtpUriError, parseMigrationUri } from '../../../lib/otp';
import { migrationPayload, migrationUri, migrationUriFromBytes, SECRET_20 } from '../../fixtures/import/migration-payload';

function parseError(uri: string): OtpUriError {
  try {
    parseMigrationUri(uri);
  } catch (error) {
    expect(error).toBeInstanceOf(OtpUriError);
    return error as OtpUriError;
  }
  throw new Error('expected an OtpUriError');
}

describe('otpauth-migration batches', () => {
  it('reports where a link sits in a multi-part export', () => {
    const uri = migrationUri({ parameters: [{ secret: SECRET_20, name: 'a' }], batchSize: 3, batchIndex: 1, batchId: -123456789 });
    expect(parseMigrationUri(uri).batch).toEqual({ version: 1, batchSize: 3, batchIndex: 1, batchId: -123456789 });
  });

  it('reads an unset batch size as a single link', () => {
    expect(parseMigrationUri(migrationUri({ parameters: [] })).batch).toEqual({
      version: 1,
      batchSize: 1,
      batchIndex: 0,
      batchId: 0,
    });
  });

  it.each([
    { batchSize: 2, batchIndex: 2 },
    { batchSize: 2, batchIndex: -1 },
    { batchSize: -3, batchIndex: 0 },
    { batchSize: 0, batchIndex: 1 },
  ])('refuses batch numbers that do not fit together: index $batchIndex of $batchSize', (batch) => {
    const error = parseError(migrationUri({ parameters: [{ secret: SECRET_20, name: 'a' }], ...batch }));
    expect(error).toMatchObject({ reason: 'bad-migration', message: expect.stringMatching(/batch numbers/) });
  });
});

describe('otpauth-migration link forms', () => {
  // 0xfb 0xef 0xbe is '++++' when it starts a Base64 group: three copies 7 bytes apart put one
  // on a group boundary, wherever the secret sits in the payload. Five 0xff give a '/' anywhere.
  const plus = [0xfb, 0xef, 0xbe, 0, 0, 0, 0];
  const secret = Uint8Array.from([...plus, ...plus, ...plus, 0xff, 0xff, 0xff, 0xff, 0xff]);
  const bytes = migrationPayload({ parameters: [{ secret, name: 'forms' }] });
  const base64 = Buffer.from(bytes).toString('base64');

  it('has a payload whose Base64 needs escaping in a URL', () => {
    expect(base64).toMatch(/\+/);
    expect(base64).toMatch(/\//);
  });

  it.each([
    { what: 'percent-encoded standard Base64', uri: migrationUriFromBytes(bytes) },
    { what: 'raw Base64 with + and /', uri: `otpauth-migration://offline?data=${base64}` },
    { what: 'URL-safe Base64 without padding', uri: `otpauth-migration://offline?data=${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}` },
    { what: 'an upper-case scheme and host, another parameter first', uri: `OTPAUTH-MIGRATION://OFFLINE/?x=1&data=${encodeURIComponent(base64)}` },
    { what: "a link whose '+' a form decoder turned into spaces", uri: `otpauth-migration://offline?data=${base64.replace(/\+/g, ' ')}` },
    { what: 'surrounding spaces and a fragment', uri: `  ${migrationUriFromBytes(bytes)}#scanned  ` },
  ])('reads $what', ({ uri }) => {
    const [entry] = parseMigrationUri(uri).entries;
    expect(entry).toMatchObject({ ok: true, account: { label: 'forms' } });
  });
});
