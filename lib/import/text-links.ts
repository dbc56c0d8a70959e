/** One link as it was pasted or read from a file, with its line for the preview's reasons. */
export interface TextLink {
  /** 1-based, counting every line, blank ones and comments included. */
  line: number;
  text: string;
}

/**
 * Splits pasted text (or a text file) into links: one per line, trimmed; blank lines and lines
 * starting with `#` (comments, as exports from other apps often carry) are skipped.
 */
export function linksFromText(text: string): TextLink[] {
  const links: TextLink[] = [];
  // A file saved by a Windows editor may begin with a byte-order mark.
  text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) links.push({ line: index + 1, text: trimmed });
  });
  return links;
}
