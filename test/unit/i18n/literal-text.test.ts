// No component shows words of its own: every sentence goes through the browser's messages, so a
// German browser never meets an English word the translation could not reach.
import { describe, expect, it } from 'vitest';
import { literalTextIn } from './literal-text';
import { extensionSources } from './source-files';

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
    const offenders = extensionSources()
      .filter((file) => file.path.endsWith('.tsx'))
      .flatMap((file) => literalTextIn(file.path, file.text).map((item) => `${file.path}:${item.line}: ${item.text}`));
    expect(offenders).toEqual([]);
  });
});
