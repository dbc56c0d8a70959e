import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMarkdownIncludes } from '../../../scripts/build/markdown-page';

describe('renderMarkdownIncludes', () => {
  const root = mkdtempSync(join(tmpdir(), 'markdown-page-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('replaces each include comment by its file, rendered, and leaves the rest of the page alone', () => {
    writeFileSync(join(root, 'doc.md'), '# Title\n\nSome **bold** text and `code`.\n');
    const html = '<main>\n  <!-- markdown: doc.md -->\n</main><!-- an ordinary comment -->';
    expect(renderMarkdownIncludes(html, root)).toBe(
      '<main>\n  <h1>Title</h1>\n<p>Some <strong>bold</strong> text and <code>code</code>.</p>\n\n</main><!-- an ordinary comment -->',
    );
  });

  it('renders the privacy policy that the extension ships, from its one source', () => {
    const html = renderMarkdownIncludes('<!-- markdown: docs/privacy-policy.md -->', process.cwd());
    expect(html.startsWith('<h1>Privacy policy</h1>')).toBe(true);
    expect(html).toContain('<h2>Deleting your data</h2>');
  });

  it('fails the build for a file that is not there, rather than shipping an empty page', () => {
    expect(() => renderMarkdownIncludes('<!-- markdown: missing.md -->', root)).toThrow(/ENOENT/);
  });
});
