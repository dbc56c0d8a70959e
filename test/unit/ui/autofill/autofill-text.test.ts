import { describe, expect, it } from 'vitest';
import type { AutofillConfirmation, AutofillSite } from '../../../../lib/autofill/worker/autofill-views';
import { RemoteError } from '../../../../lib/messaging/remote-error';
import { copiedSentence } from '../../../../lib/autofill/worker/copied-text';
import {
  confirmationSentences,
  fillErrorSentence,
  filledNotice,
  matchingLine,
  pendingHeading,
  siteName,
} from '../../../../lib/ui/autofill/autofill-text';

const github: AutofillSite = { origin: 'https://gist.github.com', registrableDomain: 'github.com', insecure: false };
const loopback: AutofillSite = { origin: 'http://127.0.0.1:8123', insecure: false };
const plain: AutofillSite = { origin: 'http://shop.example', registrableDomain: 'shop.example', insecure: true };

describe('autofill sentences', () => {
  it('names a site by its registrable domain, or by its whole origin when it has none', () => {
    expect(siteName(github)).toBe('github.com');
    // The port is what tells two local sites apart.
    expect(siteName(loopback)).toBe('http://127.0.0.1:8123');
  });

  it.each([
    [0, github, undefined],
    [1, github, '1 account for github.com'],
    [3, loopback, '3 accounts for http://127.0.0.1:8123'],
  ])('counts %i matching accounts', (count, site, line) => expect(matchingLine(count, site)).toBe(line));

  it('says where the code went, or that it was copied', () => {
    expect(filledNotice(github)).toBe('Filled the code into github.com.');
    expect(copiedSentence()).toBe('No code field found: the code was copied.');
    expect(copiedSentence('covered')).toBe('Something lies over the code field: the code was copied instead.');
    expect(copiedSentence('sms-or-email')).toBe(
      "This page asks for a code sent by text message or e-mail, not your authenticator's: the code was copied instead.",
    );
    expect(pendingHeading(loopback)).toBe('Fill a code into http://127.0.0.1:8123');
  });

  it('gives one sentence per reason, in the background\'s order', () => {
    const confirmation: AutofillConfirmation = {
      site: plain,
      accountId: 'a1',
      reasons: ['new-site', 'insecure', 'cross-origin-frame'],
      frameOrigin: 'https://widgets.example',
    };
    expect(confirmationSentences(confirmation)).toEqual([
      "http://shop.example is not one of this account's sites: filling it remembers it.",
      'This page is not secure (http).',
      'The field is in a frame from https://widgets.example.',
    ]);
    expect(confirmationSentences({ ...confirmation, reasons: ['insecure'] })).toEqual(['This page is not secure (http).']);
  });

  it('keeps the background\'s sentence for an ordinary failure', () => {
    const error = new RemoteError({ name: 'VaultNotFoundError', message: 'This account is no longer in the vault.' });
    expect(fillErrorSentence(error, undefined)).toBe('This account is no longer in the vault.');
  });

  it('says what to do when the field\'s frame is out of the extension\'s reach', () => {
    const error = new RemoteError({ name: 'FrameAccessError', message: 'The extension may not enter this frame.' });
    const sentence = fillErrorSentence(error, 'https://widgets.example');
    expect(sentence).toContain('https://widgets.example');
    expect(sentence).toMatch(/open that frame's page in its own tab/);
    expect(fillErrorSentence(error, undefined)).toContain("the field's frame");
  });
});
