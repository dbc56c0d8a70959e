/**
 * What each import format in this folder is: a name, a size limit, a cheap test of whether a file
 * is of that format, and a reader that turns the file into preview rows. The page reads files with
 * them (lib/import/read-sources.ts); nothing here talks to the background or writes anything.
 */
import type { FoundLink, RefusedEntry } from '../types';

/** One row a format gives: an otpauth:// link for the background to check, or a refused entry. */
export type FormatRow = FoundLink | RefusedEntry;

export interface ImportFormat {
  /** Stable, for tests: 'bitwarden-json'. */
  id: string;
  /** As sentences name it: "Bitwarden export (JSON)". */
  name: string;
  /** A larger file of this format is refused before it is read whole. */
  maxBytes: number;
  /** Whether the file is of this format, from its name and its first 64 KiB as text. Never throws. */
  detect(head: string, fileName: string): boolean;
  /**
   * Every entry of the file as rows, each named after `source` (the file name). Throws
   * ImportFileError, and nothing else, when the file as a whole cannot be used.
   */
  parse(text: string, source: string): FormatRow[];
}
