// Fills an extension page with a document of the repository at build time: the comment
// `<!-- markdown: docs/privacy-policy.md -->` in a page's HTML becomes that Markdown file rendered
// to HTML. The text has one owner, the Markdown (which the repository shows as it is), and the page
// ships as static HTML: no Markdown parser in the extension, no script that renders anything.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Marked } from 'marked';
import type { WxtViteConfig } from 'wxt';

type VitePlugin = NonNullable<WxtViteConfig['plugins']>[number];

const INCLUDE = /<!--\s*markdown:\s*(\S+?)\s*-->/gu;

/** The HTML with every `<!-- markdown: path -->` replaced by that file (relative to `root`), rendered. */
export function renderMarkdownIncludes(html: string, root: string): string {
  // A parser of its own: options set here never leak into another user of the shared instance.
  const marked = new Marked({ gfm: true, async: false });
  return html.replace(INCLUDE, (_comment, path: string) => marked.parse(readFileSync(resolve(root, path), 'utf8')) as string);
}

export function markdownPages(root: string): VitePlugin {
  return {
    name: 'otp-companion:markdown-pages',
    transformIndexHtml: (html) => renderMarkdownIncludes(html, root),
  };
}
