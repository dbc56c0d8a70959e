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
  'entrypoints/options/App.tsx',
  'entrypoints/options/lazy-section.tsx',
  'entrypoints/options/locked-notice.tsx',
  'entrypoints/options/privacy-policy-link.tsx',
  'entrypoints/options/views/accounts/account-edit-form.tsx',
  'entrypoints/options/views/accounts/account-row.tsx',
  'entrypoints/options/views/accounts/accounts-section.tsx',
  'entrypoints/options/views/accounts/reveal-panel.tsx',
  'entrypoints/options/views/accounts/tie-form.tsx',
  'entrypoints/options/views/accounts/undo-notice.tsx',
  'entrypoints/options/views/backup/backup-section.tsx',
  'entrypoints/options/views/backup/export-backup-form.tsx',
  'entrypoints/options/views/backup/plain-export.tsx',
  'entrypoints/options/views/backup/restore-backup-form.tsx',
  'entrypoints/options/views/backup/restore-preview-table.tsx',
  'entrypoints/options/views/backup/transfer-codes.tsx',
  'entrypoints/options/views/devices/device-row.tsx',
  'entrypoints/options/views/devices/other-devices.tsx',
  'entrypoints/options/views/devices/other-user-devices.tsx',
  'entrypoints/options/views/import/drop-zone.tsx',
  'entrypoints/options/views/import/file-password-form.tsx',
  'entrypoints/options/views/import/import-section.tsx',
  'entrypoints/options/views/mfa-keys/mfa-key-row.tsx',
  'entrypoints/options/views/mfa-keys/other-user-keys.tsx',
  'entrypoints/options/views/other-users/other-users-section.tsx',
  'entrypoints/options/views/settings/change-passphrase-form.tsx',
  'entrypoints/options/views/settings/default-server.tsx',
  'entrypoints/options/views/settings/erase-everything.tsx',
  'entrypoints/options/views/settings/preferences-form.tsx',
  'entrypoints/options/views/shared/ask-first.tsx',
  'entrypoints/options/views/shared/data-table.tsx',
  'entrypoints/options/views/shared/form-footer.tsx',
  'entrypoints/options/views/shared/load-status.tsx',
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
