import { terms } from './normalize-text';

/**
 * Words that name a one-time code from an authenticator, as sites write them in labels,
 * placeholders, ids and names, in English, German, French, Spanish, Italian, Portuguese, Dutch,
 * the Scandinavian languages, Polish, Russian, Japanese, Chinese and Korean. Stems cover a word's
 * forms across languages: `*verif` is verification, vérification, verificación, verifica,
 * verificação, verificatie, Verifizierung; `*factor` is two-factor, multi-factor, dos factores.
 */
export const ONE_TIME_CODE_TERMS = terms(
  'otp|totp|2fa|mfa|tfa|auth code|login code|sign in code|*otpcode|*one time|*onetime|*einmal|*eenmalig|*verif|' +
    '*authent|*autent|*factor|*faktor|*facteur|*fattori|*fatores|*two step|*2 step|*tweestaps|*security code|' +
    '*code de securite|*codigo de segur|*codice di sicurezza|*sicherheitscode|*beveiligingscode|' +
    '*bestatigungscode|*anmeldecode|*usage unique|*un solo uso|*monouso|*code unique|*codigo unico|*weryfikac|' +
    '*jednorazow|*engangskod|*sakerhetskod|*sikkerhedskode|*подтвержд|*одноразов|*двухфактор|*認証|' +
    '*確認コード|*ワンタイム|*动态|*身份验证器|*两步验证|*인증|*일회용',
);

/** Words that name some code without saying which (code, código, kod, Ziffer…): a hint, not proof. */
export const GENERIC_CODE_TERMS = terms('token|pin|digit|ziffer|chiffre|*cod|*kod|*验证码');

/** An authenticator app is named: then a mention of SMS or e-mail nearby is an alternative offered. */
export const AUTHENTICATOR_APP_TERMS = terms('authenticator|totp|app|anwendung|*applica|*aplica|*authentifikator');

/** Codes sent by text message or e-mail: not the authenticator's code, where a page says so. */
export const SMS_OR_EMAIL_TERMS = terms(
  'sms|text message|texted|by text|mobile|handy|correo|courriel|whatsapp|*mail|*phone|*telef',
);

/**
 * Words that say a code has been sent (by text message, e-mail, a call): an authenticator's code is
 * never sent anywhere. Past forms: "send me a code instead" offers, "we sent you a code" tells
 * (Russian by its stem, which offers to send too: there a miss is the price of never filling the
 * wrong code). Links and buttons, where pages make their offers, are not read for these.
 */
export const SENT_TERMS = terms(
  'sent|texted|emailed|gesendet|*geschickt|envoye|enviado|enviamos|inviato|verzonden|gestuurd|*wysłal|*отправ',
);

/**
 * Fields of the login itself (user name, password), never a code field unless they say so; a phone
 * number or an e-mail address (SMS_OR_EMAIL_TERMS) is one too.
 */
export const ACCOUNT_TERMS = terms(
  'login|kennwort|mot de passe|contrasena|senha|wachtwoord|benutzername|identifiant|*user|*passw',
);

/** Kinds of field that carry a code of their own and are never filled with a one-time code. */
export const EXCLUDED_TERMS = {
  search: terms(
    'suche|suchen|recherche|rechercher|busqueda|cerca|ricerca|zoeken|поиск|*search|*busca|*pesquis|*搜索|*検索',
  ),
  captcha: terms('characters shown|security check|*captcha|*图形验证码|*图片验证码'),
  coupon: terms(
    'discount|referral|cupom|sconto|*gift|*rabatt|*cupon|*coupon|*promo|*voucher|*invit|*gutschein|*korting',
  ),
  postal: terms('zip|plz|cap|cep|почтовый|*zipcode|*postal|*post code|*postcode|*postleitzahl|*postnummer'),
  recovery: terms(
    'scratch|reserve|emergency|secours|respaldo|*recover|*backup|*recuper|*herstel|*wiederherstell|' +
      '*ersatzcode|*notfall',
  ),
  payment: terms(
    'cvc|cvv|cvn|csc|card|carte|tarjeta|iban|amount|quantity|qty|price|betrag|montant|importe|*kreditkart',
  ),
};

export type ExcludedKind = keyof typeof EXCLUDED_TERMS;
