// No component shows words of its own: every sentence goes through the browser's messages, so a
// German browser never meets an English word the translation could not reach.
import { describe, expect, it } from 'vitest';
import { literalTextIn } from './literal-text';
import { extensionSources } from './source-files';

/**
 * Components whose words are still written in English in the markup, while they move to the
 * message files. The list only shrinks: a file on it that has no literal text left fails too.
 */
const NOT_YET_TRANSLATED = new Set([
  'entrypoints/popup/views/account-row.tsx',
  'entrypoints/popup/views/add-account-view.tsx',
  'entrypoints/popup/views/autofill-fill-button.tsx',
  'entrypoints/popup/views/autofill-panel.tsx',
  'entrypoints/popup/views/codes-view.tsx',
  'entrypoints/popup/views/enrolment-banner.tsx',
  'entrypoints/popup/views/manual-key-fields.tsx',
  'entrypoints/popup/views/scan-view.tsx',
  'entrypoints/popup/views/server/activate-account-form.tsx',
  'entrypoints/popup/views/server/add-server-form.tsx',
  'entrypoints/popup/views/server/amadis-change-password-form.tsx',
  'entrypoints/popup/views/server/amadis-register-form.tsx',
  'entrypoints/popup/views/server/amadis-reset-password-form.tsx',
  'entrypoints/popup/views/server/change-password-form.tsx',
  'entrypoints/popup/views/server/emnify-login-form.tsx',
  'entrypoints/popup/views/server/enrol-form.tsx',
  'entrypoints/popup/views/server/enrolment-screen.tsx',
  'entrypoints/popup/views/server/form-buttons.tsx',
  'entrypoints/popup/views/server/host-access-notice.tsx',
  'entrypoints/popup/views/server/key-offer.tsx',
  'entrypoints/popup/views/server/logged-in-panel.tsx',
  'entrypoints/popup/views/server/logged-out-panel.tsx',
  'entrypoints/popup/views/server/mfa-step.tsx',
  'entrypoints/popup/views/server/password-fields.tsx',
  'entrypoints/popup/views/server/profile-picker.tsx',
  'entrypoints/popup/views/server/resend-activation-form.tsx',
  'entrypoints/popup/views/server/server-panel.tsx',
  'entrypoints/popup/views/server/vault-account-picker.tsx',
  'entrypoints/popup/views/settings-panel.tsx',
  'entrypoints/popup/views/setup-view.tsx',
  'entrypoints/popup/views/unlock-view.tsx',
  'entrypoints/popup/views/unlocked-popup.tsx',
  'lib/ui/typed-twice-fields.tsx',
]);

describe('literal text in components', () => {
  it('is found between tags, in attributes people read or hear, and as rendered strings', () => {
    const found = literalTextIn(
      'planted.tsx',
      [
        'export const A = () => (',
        '  <p title="Copy code" aria-label={`Copy ${name}`} class="row wide">',
        '    Hello {"there"} {t("ok")} {count} · 30 s',
        '  </p>',
        ');',
      ].join('\n'),
    );
    expect(found.map((item) => item.text)).toEqual(['Copy code', 'Copy', 'Hello', 'there', '· 30 s']);
  });

  it('is nowhere in the extension’s components', () => {
    const components = extensionSources().filter((file) => file.path.endsWith('.tsx'));
    const offenders = components
      .filter((file) => !NOT_YET_TRANSLATED.has(file.path))
      .flatMap((file) => literalTextIn(file.path, file.text).map((item) => `${file.path}:${item.line}: ${item.text}`));
    expect(offenders).toEqual([]);
    const done = components.filter((file) => NOT_YET_TRANSLATED.has(file.path) && literalTextIn(file.path, file.text).length === 0);
    expect(done.map((file) => file.path), 'translated: take these off NOT_YET_TRANSLATED').toEqual([]);
  });
});
