import { describe, expect, it } from 'vitest';
import { MIN_SCORE, scoreField, type FieldFacts } from '../../../lib/autofill/page/field-score';

function facts(overrides: Partial<FieldFacts>): FieldFacts {
  return {
    type: 'text',
    autocomplete: '',
    inputMode: '',
    maxLength: -1,
    pattern: '',
    ownText: '',
    contextText: '',
    pageText: '',
    boxes: 1,
    ...overrides,
  };
}

function qualifies(overrides: Partial<FieldFacts>): boolean {
  const { score, excluded } = scoreField(facts(overrides));
  return excluded === undefined && score >= MIN_SCORE;
}

describe('scoreField: what makes a one-time-code field', () => {
  it('autocomplete=one-time-code alone', () => {
    expect(qualifies({ autocomplete: 'one-time-code' })).toBe(true);
    expect(qualifies({ autocomplete: 'section-login One-Time-Code' })).toBe(true);
  });

  it.each([
    // English
    'One-time code', 'Enter your OTP', 'TOTP', 'Verification code', '2FA code', 'Two-factor authentication code',
    'Authenticator code', 'Security code', 'MFA', 'otpCode', 'mfa_code', 'two_factor_token', 'Sign-in code',
    // German, French, Spanish, Italian, Portuguese, Dutch
    'Bestätigungscode', 'Sicherheitscode', 'Einmalcode', 'Code de vérification', 'Code à usage unique',
    'Código de verificación', 'Codice di verifica', 'Código de verificação', 'Verificatiecode',
    // Polish, Swedish, Russian, Japanese, Chinese, Korean
    'Kod weryfikacyjny', 'Engångskod', 'Код подтверждения', '認証コード', '动态口令', '인증 코드',
  ])('the label "%s"', (label) => {
    expect(qualifies({ ownText: label })).toBe(true);
  });

  it('a numeric field of 6 to 8 digits, with no words at all', () => {
    expect(qualifies({ inputMode: 'numeric', maxLength: 6 })).toBe(true);
    expect(qualifies({ type: 'tel', maxLength: 8 })).toBe(true);
    expect(qualifies({ type: 'number', pattern: '[0-9]{6}' })).toBe(true);
    expect(qualifies({ pattern: '\\d{6,8}' })).toBe(true);
  });

  it('but not a shape that is not a code: too long, too short, or not numeric', () => {
    expect(qualifies({ inputMode: 'numeric', maxLength: 12 })).toBe(false);
    expect(qualifies({ inputMode: 'numeric', maxLength: 4 })).toBe(false);
    expect(qualifies({ maxLength: 6 })).toBe(false);
    expect(qualifies({ inputMode: 'numeric' })).toBe(false);
    expect(qualifies({})).toBe(false);
  });

  it('a generic word needs another sign: instructions around it, or its shape', () => {
    expect(qualifies({ ownText: 'Code' })).toBe(false);
    expect(qualifies({ ownText: 'Code', contextText: 'Open your authenticator app' })).toBe(true);
    expect(qualifies({ ownText: 'Code', inputMode: 'numeric', maxLength: 6 })).toBe(true);
  });

  it.each([
    'Enter the code from your authenticator app',
    'Open Google Authenticator on your phone and type the passcode it shows.',
    'Two-step verification',
    'Zwei-Faktor-Authentifizierung',
  ])('"Code" or "Enter code" in a phone-number field, under "%s" (a heading, a legend, the form)', (pageText) => {
    expect(qualifies({ ownText: 'Code', type: 'tel' })).toBe(false);
    expect(qualifies({ ownText: 'Code', type: 'tel', pageText })).toBe(true);
    expect(qualifies({ ownText: 'Enter code', type: 'tel', pageText })).toBe(true);
  });

  it('the page\'s words alone make no field a code field, and count less than the words right around it', () => {
    expect(qualifies({ ownText: 'Name this device', pageText: 'Two-factor authentication' })).toBe(false);
    expect(qualifies({ pageText: 'Two-factor authentication' })).toBe(false);
    const near = scoreField(facts({ ownText: 'Code', contextText: 'Authentication code' })).score;
    const far = scoreField(facts({ ownText: 'Code', pageText: 'Authentication code' })).score;
    const both = scoreField(facts({ ownText: 'Code', contextText: 'Authentication code', pageText: 'Two-factor' })).score;
    expect(far).toBeLessThan(near);
    expect(both).toBe(near);
  });

  it('a row of six one-digit boxes, even unlabelled', () => {
    expect(qualifies({ boxes: 6 })).toBe(true);
    expect(qualifies({ boxes: 8, ownText: 'Digit 1 Digit 2' })).toBe(true);
  });

  it('ranks the standard marker above words, and words above shape', () => {
    const marked = scoreField(facts({ autocomplete: 'one-time-code' })).score;
    const labelled = scoreField(facts({ ownText: 'Verification code' })).score;
    const shaped = scoreField(facts({ inputMode: 'numeric', maxLength: 6 })).score;
    expect(marked).toBeGreaterThan(labelled);
    expect(labelled).toBeGreaterThan(shaped);
  });
});

describe('scoreField: fields that never get the code', () => {
  it.each([
    [{ type: 'search', ownText: 'Code' }, 'search'],
    [{ ownText: 'Search', autocomplete: 'one-time-code' }, 'search'],
    [{ ownText: 'Buscar' }, 'search'],
    [{ ownText: 'Enter the characters shown', maxLength: 6 }, 'captcha'],
    [{ ownText: 'captcha_code', autocomplete: 'one-time-code' }, 'captcha'],
    [{ ownText: 'Promo code', inputMode: 'numeric', maxLength: 6 }, 'coupon'],
    [{ ownText: 'Gift card number', autocomplete: 'one-time-code' }, 'coupon'],
    [{ ownText: 'Gutscheincode' }, 'coupon'],
    [{ ownText: 'Code promo' }, 'coupon'],
    [{ ownText: 'ZIP code', inputMode: 'numeric', maxLength: 6 }, 'postal'],
    [{ ownText: 'Postleitzahl' }, 'postal'],
    [{ ownText: 'Code postal' }, 'postal'],
    [{ ownText: 'Recovery code', autocomplete: 'one-time-code' }, 'recovery'],
    [{ ownText: 'Backup verification code' }, 'recovery'],
    [{ ownText: 'Wiederherstellungscode' }, 'recovery'],
    [{ ownText: 'Code', contextText: 'Lost your device? Enter one of your backup codes.' }, 'recovery'],
    [{ ownText: 'Card security code (CVC)' }, 'payment'],
    [{ ownText: 'Amount', inputMode: 'numeric', maxLength: 7 }, 'payment'],
    [{ autocomplete: 'cc-csc', ownText: 'Security code' }, 'other-kind'],
    [{ autocomplete: 'postal-code' }, 'other-kind'],
    [{ autocomplete: 'username', inputMode: 'numeric', maxLength: 8 }, 'other-kind'],
    [{ autocomplete: 'current-password' }, 'other-kind'],
    [{ autocomplete: 'tel-national', maxLength: 8 }, 'other-kind'],
    [{ type: 'password', ownText: 'One-time code' }, 'other-kind'],
    [{ type: 'email', autocomplete: 'one-time-code' }, 'other-kind'],
    [{ type: 'checkbox', ownText: 'Two-factor' }, 'other-kind'],
    [{ ownText: 'Username', inputMode: 'numeric', maxLength: 8 }, 'account'],
    [{ ownText: 'Customer login', inputMode: 'numeric', maxLength: 6 }, 'account'],
    [{ ownText: 'Passwort' }, 'account'],
    [{ ownText: 'Code sent by SMS', autocomplete: 'one-time-code' }, 'sms-or-email'],
    [{ ownText: 'Enter the code we texted you', inputMode: 'numeric', maxLength: 6 }, 'sms-or-email'],
    [{ ownText: 'Code from the e-mail we sent you' }, 'sms-or-email'],
    [{ ownText: 'Verification code sent to your phone' }, 'sms-or-email'],
  ] as [Partial<FieldFacts>, string][])('%j is %s', (overrides, kind) => {
    expect(scoreField(facts(overrides)).excluded).toBe(kind);
  });

  it('names of other kinds that are not autofill tokens say nothing', () => {
    expect(qualifies({ autocomplete: 'off', ownText: 'Verification code' })).toBe(true);
    expect(qualifies({ autocomplete: 'nope one-time-code' })).toBe(true);
  });

  it('a "one-time password" field is not a password field', () => {
    expect(qualifies({ ownText: 'One-time password' })).toBe(true);
    expect(qualifies({ ownText: 'Einmalpasswort' })).toBe(true);
  });

  it.each([
    "We've sent a code to your mobile number ending in 55.",
    'We emailed a code to j•••@example.com',
    'A verification code was sent to +1 ••• ••• 55.',
    'We texted you a code.',
    'Wir haben Ihnen einen Code per SMS gesendet.',
    'Nous vous avons envoyé un code.',
    'Te hemos enviado un código.',
    'Ti abbiamo inviato un codice.',
    'We hebben een code naar je telefoon gestuurd.',
    'Wysłaliśmy kod na Twój numer.',
    'Мы отправили код на ваш номер.',
  ])('a page that says "%s" asks for a code sent, however the field is marked', (pageText) => {
    const marked = { autocomplete: 'one-time-code', ownText: 'Verification code', inputMode: 'numeric', maxLength: 6 };
    expect(qualifies(marked)).toBe(true);
    const vetoed = scoreField(facts({ ...marked, pageText }));
    expect(vetoed.excluded).toBe('sms-or-email');
    // Kept, so that the field can still tell why nothing was filled.
    expect(vetoed.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('the page offering to send a code instead is no sign that one was sent', () => {
    const field = { autocomplete: 'one-time-code', ownText: 'Code', type: 'tel', maxLength: 6 };
    for (const pageText of [
      'Enter the code from your authenticator app. No access to your app? We can text you a code instead.',
      'Open your authenticator app. Send me a code by SMS',
      'Envoyer un code par SMS',
    ]) {
      expect(qualifies({ ...field, pageText })).toBe(true);
    }
  });

  it('a field that names the authenticator app is its code field, whatever else the page sent', () => {
    const pageText = 'Text message: code we sent by SMS to •••• 12';
    expect(qualifies({ ownText: 'Code from your authenticator app', maxLength: 6, pageText })).toBe(true);
    expect(qualifies({ ownText: 'Code', maxLength: 6, inputMode: 'numeric', pageText })).toBe(false);
  });

  it('SMS named right around the field excludes it unless the page names the authenticator app', () => {
    const field = { autocomplete: 'one-time-code', ownText: 'Code' };
    expect(scoreField(facts({ ...field, contextText: 'Enter the code from the text message' })).excluded).toBe('sms-or-email');
    expect(qualifies({ ...field, contextText: 'Lost your phone?', pageText: 'Open your authenticator app' })).toBe(true);
  });

  it('SMS or e-mail right around the field, but not about the code, says nothing of its kind', () => {
    // The account shown above the field, a device's name among the credentials to pick from.
    const field = { ownText: 'MFA code', inputMode: 'numeric', maxLength: 6 };
    expect(qualifies({ ...field, contextText: 'Email address: jane@example.com. Type the code below.' })).toBe(true);
    expect(qualifies({ ...field, autocomplete: 'one-time-code', contextText: 'Phone Tablet' })).toBe(true);
    expect(scoreField(facts({ ...field, contextText: 'Get the authentication code from your e-mail inbox.' })).excluded).toBe('sms-or-email');
  });

  it('the only field of its form gets a little more weight: the one thing the form asks for', () => {
    const field = { ownText: 'Enter code', pageText: 'Enter the temporary code generated in your Google Authenticator app' };
    expect(qualifies(field)).toBe(false);
    expect(qualifies({ ...field, alone: true })).toBe(true);
  });

  it('an SMS mention next to the authenticator is an alternative, not the field kind', () => {
    expect(qualifies({ ownText: 'Code from your authenticator app or SMS' })).toBe(true);
    const texted = 'We sent a text message to •••• 12';
    // What the page says has happened vetoes; on a page, the form's text carries it (pageText).
    expect(qualifies({ ownText: 'Code', inputMode: 'numeric', maxLength: 6, contextText: texted, pageText: texted })).toBe(false);
    expect(
      qualifies({
        ownText: 'Code',
        inputMode: 'numeric',
        maxLength: 6,
        contextText: 'Open your authenticator app, or get a code by SMS',
      }),
    ).toBe(true);
  });
});
