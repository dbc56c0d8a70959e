// Errors speak the browser's language: a typed error's sentence is worded when it is made, and
// the gate's English refusals are worded again where they are shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { TooManyAccountsError } from '../../../lib/import/formats/format-errors';
import { RemoteError, toWireError } from '../../../lib/messaging/remote-error';
import { INTERNAL_ERROR, UNKNOWN_MESSAGE } from '../../../lib/messaging/gate';
import { VaultLockedError } from '../../../lib/vault/errors';
import { messageReader } from '../i18n/english-messages';

function speakGerman(): void {
  const german = messageReader('de');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => german(key));
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('de-DE');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('errors in a German browser', () => {
  it('word a typed error, and the numbers in it, in German', () => {
    speakGerman();
    expect(new VaultLockedError().message).toBe('Der Tresor ist gesperrt.');
    expect(new TooManyAccountsError().message).toContain('mehr als 1.000 Konten');
  });

  it('word the generic failure on both sides, whatever the gate sent', () => {
    speakGerman();
    expect(toWireError(new Error('a library message')).message).toBe(
      'In der Erweiterung ist ein Fehler aufgetreten. Bitte versuchen Sie es noch einmal.',
    );
    expect(new RemoteError(UNKNOWN_MESSAGE).message).toBe('Die Erweiterung kennt diese Anfrage nicht.');
    expect(new RemoteError(INTERNAL_ERROR).name).toBe('InternalError');
  });

  it('keep a typed error’s own sentence as the background wrote it', () => {
    speakGerman();
    expect(new RemoteError({ name: 'VaultLockedError', message: 'Der Tresor ist gesperrt.' }).message).toBe('Der Tresor ist gesperrt.');
  });
});
