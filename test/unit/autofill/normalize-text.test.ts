import { describe, expect, it } from 'vitest';
import { mentions, normalizeText, terms } from '../../../lib/autofill/page/normalize-text';

describe('normalizeText', () => {
  it.each([
    ['verificationCode', 'verification code'],
    ['mfa_token', 'mfa token'],
    ['otp-input[3]', 'otp input 3'],
    ['code1', 'code 1'],
    ['2FA', '2fa'],
    ['Bestätigungscode', 'bestatigungscode'],
    ['Código de verificación', 'codigo de verificacion'],
    ['  Code\u00a0à usage—unique ', 'code a usage unique'],
    ['Код подтверждения', 'код подтверждения'],
  ])('%s reads as "%s"', (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });

  it('keeps scripts without spaces comparable with their keywords', () => {
    expect(mentions(normalizeText('인증 코드를 입력하세요'), terms('*인증'))).toBe(true);
    expect(mentions(normalizeText('2段階認証コード'), terms('*認証'))).toBe(true);
  });
});

describe('mentions', () => {
  const list = terms('otp|sign in code|*verif');

  it('matches words only as whole words', () => {
    expect(mentions(normalizeText('Your OTP'), list)).toBe(true);
    expect(mentions(normalizeText('otp'), list)).toBe(true);
    expect(mentions(normalizeText('hotpink'), list)).toBe(false);
    expect(mentions(normalizeText('footprint'), list)).toBe(false);
  });

  it('matches phrases across any punctuation and case', () => {
    expect(mentions(normalizeText('Sign-in code'), list)).toBe(true);
    expect(mentions(normalizeText('signInCode'), list)).toBe(true);
    expect(mentions(normalizeText('sign in with code'), list)).toBe(false);
  });

  it('matches fragments inside words (stems and compounds)', () => {
    expect(mentions(normalizeText('Vérification'), list)).toBe(true);
    expect(mentions(normalizeText('Verifizierungscode'), list)).toBe(true);
    expect(mentions(normalizeText('identity'), list)).toBe(false);
  });
});
