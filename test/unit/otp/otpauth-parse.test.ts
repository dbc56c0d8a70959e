// Table of otpauth:// links, valid and invalid. @see Google Key Uri Format
import { describe, expect, test } from 'vitest';
import { encodeBase32, formatOtpauthUri, parseOtpauthUri, type OtpAccount } from '../../../lib/otp/index';

const SECRET = 'JBSWY3DPEHPK3PXP'; // 10 bytes: "Hello!\xde\xad\xbe\xef"
const SECRET_BYTES = Uint8Array.from([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef]);

type Expected = Partial<Omit<OtpAccount, 'secret'>> & { secretBase32?: string };

const valid: [string, string, Expected][] = [
  ['defaults', `otpauth://totp/alice?secret=${SECRET}`,
    { type: 'totp', issuer: '', label: 'alice', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 }],
  ['issuer prefix only', `otpauth://totp/ACME:alice?secret=${SECRET}`, { issuer: 'ACME', label: 'alice' }],
  ['issuer parameter only', `otpauth://totp/alice?secret=${SECRET}&issuer=ACME`, { issuer: 'ACME', label: 'alice' }],
  ['issuer parameter wins over prefix', `otpauth://totp/Old:alice?secret=${SECRET}&issuer=New`, { issuer: 'New', label: 'alice' }],
  ['%3A separator', `otpauth://totp/ACME%3Aalice?secret=${SECRET}`, { issuer: 'ACME', label: 'alice' }],
  ['%3a separator, lowercase hex', `otpauth://totp/ACME%3aalice?secret=${SECRET}`, { issuer: 'ACME', label: 'alice' }],
  ['%20 in names', `otpauth://totp/ACME%20Co:alice%20smith?secret=${SECRET}`, { issuer: 'ACME Co', label: 'alice smith' }],
  ['spaces around the colon trimmed', `otpauth://totp/ACME%20:%20%20alice?secret=${SECRET}`, { issuer: 'ACME', label: 'alice' }],
  ['UTF-8 %C3%A9', `otpauth://totp/Caf%C3%A9:ren%C3%A9e?secret=${SECRET}&issuer=Caf%C3%A9`, { issuer: 'Café', label: 'renée' }],
  ['raw unicode label', `otpauth://totp/Café:renée?secret=${SECRET}`, { issuer: 'Café', label: 'renée' }],
  ['+ in label is a literal plus', `otpauth://totp/a+b@x.com?secret=${SECRET}`, { label: 'a+b@x.com' }],
  ['+ in query is a space', `otpauth://totp/alice?secret=${SECRET}&issuer=ACME+Co`, { issuer: 'ACME Co' }],
  ['email label', `otpauth://totp/ACME:john.doe%40email.com?secret=${SECRET}`, { label: 'john.doe@email.com' }],
  ['encoded colon inside issuer', `otpauth://totp/A%3AB:alice?secret=${SECRET}`, { issuer: 'A:B', label: 'alice' }],
  ['empty prefix keeps colon in name', `otpauth://totp/:a%3Ab?secret=${SECRET}`, { issuer: '', label: 'a:b' }],
  ['lowercase Base32', `otpauth://totp/alice?secret=${SECRET.toLowerCase()}`, { secretBase32: SECRET }],
  ['spaced Base32', `otpauth://totp/alice?secret=JBSW%20Y3DP%20EHPK%203PXP`, { secretBase32: SECRET }],
  ['padded Base32', `otpauth://totp/alice?secret=GEZDGNBVGY3TQOJQGE======`, { secretBase32: 'GEZDGNBVGY3TQOJQGE' }],
  ['dashed Base32', `otpauth://totp/alice?secret=JBSW-Y3DP-EHPK-3PXP`, { secretBase32: SECRET }],
  ['lowercase algorithm', `otpauth://totp/alice?secret=${SECRET}&algorithm=sha256`, { algorithm: 'SHA256' }],
  ['SHA512, 8 digits, 60 s', `otpauth://totp/alice?secret=${SECRET}&algorithm=SHA512&digits=8&period=60`,
    { algorithm: 'SHA512', digits: 8, period: 60 }],
  ['uppercase scheme and type', `OTPAUTH://TOTP/alice?secret=${SECRET}`, { type: 'totp' }],
  ['hotp with counter', `otpauth://hotp/alice?secret=${SECRET}&counter=42`, { type: 'hotp', counter: 42, period: 30 }],
  ['hotp ignores period', `otpauth://hotp/alice?secret=${SECRET}&counter=0&period=60`, { period: 30, counter: 0 }],
  ['totp ignores counter', `otpauth://totp/alice?secret=${SECRET}&counter=7`, { counter: 0 }],
  ['empty optional parameters are defaults', `otpauth://totp/alice?secret=${SECRET}&digits=&period=`, { digits: 6, period: 30 }],
  ['unknown parameters and fragment ignored', `otpauth://totp/alice?secret=${SECRET}&image=x#frag`, { label: 'alice' }],
  ['parameter names in any case', `otpauth://totp/alice?SECRET=${SECRET}&Digits=7`, { digits: 7 }],
];

const invalid: [string, string, string][] = [
  ['not otpauth', 'https://example.com/totp/alice?secret=JBSWY3DPEHPK3PXP', 'bad-scheme'],
  ['empty string', '', 'bad-scheme'],
  ['unknown type', `otpauth://motp/alice?secret=${SECRET}`, 'bad-type'],
  ['no label', `otpauth://totp/?secret=${SECRET}&issuer=ACME`, 'bad-label'],
  ['no path', 'otpauth://totp', 'bad-label'],
  ['only an issuer prefix', `otpauth://totp/ACME:?secret=${SECRET}`, 'bad-label'],
  ['missing secret', 'otpauth://totp/alice?issuer=ACME', 'missing-secret'],
  ['empty secret', 'otpauth://totp/alice?secret=', 'missing-secret'],
  ['bad Base32 character', 'otpauth://totp/alice?secret=JBSWY3DPEHPK3PX1', 'bad-base32'],
  ['impossible Base32 length', 'otpauth://totp/alice?secret=JBSWY3DPEHPK3PXPA', 'bad-base32'],
  ['secret too short', 'otpauth://totp/alice?secret=JBSWY3DPEHPK3PI', 'secret-too-short'],
  ['secret too long', `otpauth://totp/alice?secret=${encodeBase32(new Uint8Array(65))}`, 'secret-too-long'],
  ['unknown algorithm', `otpauth://totp/alice?secret=${SECRET}&algorithm=MD5`, 'unknown-algorithm'],
  ['digits 5', `otpauth://totp/alice?secret=${SECRET}&digits=5`, 'bad-digits'],
  ['digits 9', `otpauth://totp/alice?secret=${SECRET}&digits=9`, 'bad-digits'],
  ['digits not a number', `otpauth://totp/alice?secret=${SECRET}&digits=six`, 'bad-digits'],
  ['period 0', `otpauth://totp/alice?secret=${SECRET}&period=0`, 'bad-period'],
  ['period 3601', `otpauth://totp/alice?secret=${SECRET}&period=3601`, 'bad-period'],
  ['period fractional', `otpauth://totp/alice?secret=${SECRET}&period=1.5`, 'bad-period'],
  ['hotp without counter', `otpauth://hotp/alice?secret=${SECRET}`, 'missing-counter'],
  ['negative counter', `otpauth://hotp/alice?secret=${SECRET}&counter=-1`, 'bad-counter'],
  ['counter beyond 2^53', `otpauth://hotp/alice?secret=${SECRET}&counter=9007199254740992`, 'bad-counter'],
  ['broken escape in label', `otpauth://totp/ali%ZZce?secret=${SECRET}`, 'bad-encoding'],
  ['invalid UTF-8 in label', `otpauth://totp/%C3%28?secret=${SECRET}`, 'bad-encoding'],
  ['broken escape in query', `otpauth://totp/alice?secret=${SECRET}&issuer=%E0%A4%A`, 'bad-encoding'],
];

describe('parseOtpauthUri: valid links', () => {
  test.each(valid)('%s', (_, uri, expected) => {
    const account = parseOtpauthUri(uri);
    const { secretBase32, ...fields } = expected;
    expect(account).toMatchObject(fields);
    expect(encodeBase32(account.secret)).toBe(secretBase32 ?? SECRET);
  });

  test('secret comes back as bytes', () => {
    expect(parseOtpauthUri(`otpauth://totp/alice?secret=${SECRET}`).secret).toEqual(SECRET_BYTES);
  });
});

describe('parseOtpauthUri: invalid links', () => {
  test.each(invalid)('%s → %s', (_, uri, reason) => {
    let caught: unknown;
    try {
      parseOtpauthUri(uri);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toMatchObject({ name: 'OtpUriError', reason });
    const message = (caught as Error).message;
    expect(message).toMatch(/^[A-Z].*\.$/); // one sentence for the user
    expect(message).not.toContain(SECRET);
  });

  test('messages read as promised', () => {
    const messageOf = (uri: string): string => {
      try {
        parseOtpauthUri(uri);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(messageOf('otpauth://totp/a?issuer=x')).toBe('The link has no secret.');
    expect(messageOf('otpauth://totp/a?secret=JBSWY3DPEHPK3PX1')).toBe(
      'The secret is not valid Base32: the character at position 16 is not allowed (Base32 uses the letters A–Z and the digits 2–7).',
    );
    expect(messageOf(`otpauth://totp/a?secret=${SECRET}&algorithm=MD5`)).toBe("Unknown algorithm 'MD5': use SHA1, SHA256 or SHA512.");
    expect(messageOf(`otpauth://totp/a?secret=${SECRET}&digits=9`)).toBe('Digits must be 6, 7 or 8.');
    expect(messageOf(`otpauth://hotp/a?secret=${SECRET}`)).toBe('An HOTP link needs a counter.');
    expect(messageOf('mailto:x')).toBe('This is not an otpauth:// link.');
    expect(messageOf(`otpauth://totp/?secret=${SECRET}`)).toBe('The link has no account name.');
    expect(messageOf('otpauth://totp/a?secret=GEZDGNBVGY3TQ===')).toBe(
      'The secret is too short: 8 bytes; at least 10 bytes (16 Base32 characters) are needed.',
    );
  });
});

describe('formatOtpauthUri', () => {
  test('canonical TOTP form', () => {
    const account = parseOtpauthUri(`otpauth://totp/ACME%20Co:alice%40x.com?secret=${SECRET.toLowerCase()}&issuer=ACME%20Co`);
    expect(formatOtpauthUri(account)).toBe(
      `otpauth://totp/ACME%20Co:alice%40x.com?secret=${SECRET}&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30`,
    );
  });

  test('HOTP uses counter instead of period, and no issuer when empty', () => {
    const account = parseOtpauthUri(`otpauth://hotp/bob?secret=${SECRET}&counter=5&digits=8`);
    expect(formatOtpauthUri(account)).toBe(`otpauth://hotp/bob?secret=${SECRET}&algorithm=SHA1&digits=8&counter=5`);
  });

  test('a colon inside names is encoded', () => {
    const account = parseOtpauthUri(`otpauth://totp/a?secret=${SECRET}`);
    expect(formatOtpauthUri({ ...account, issuer: 'x:y', label: 'p:q' })).toContain('/x%3Ay:p%3Aq?');
  });
});
