/**
 * How much one import may ask of the page. Each limit sits far above what a real vault or a real
 * picture reaches, and is checked before the work it bounds: a file, a link or a picture made to be
 * heavy is refused with a sentence instead of holding the page for seconds.
 */
import { formatNumber } from '../i18n/t';

/**
 * The rows of one preview, all sources together. Checked as sources are read, so reading stops
 * at the first source past it. import.preview takes at most 1,000 links (MAX_IMPORT_LINKS); the
 * rest of the room is for the rows refused on the page.
 */
export const MAX_IMPORT_ROWS = 2000;

/**
 * The rows one file (or the pasted text) may give: more accounts than any authenticator holds.
 * Export formats count their entries before converting or decrypting any of them.
 */
export const MAX_FILE_ROWS = 1000;

/** A text file of links: a list of links is a few kilobytes; a bigger text file was chosen by mistake. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

/** Pasted text, as for a text file of links. */
export const MAX_PASTED_CHARS = 1024 * 1024;

/**
 * No file is read past this size, whatever it holds: the largest export of any format, an Aegis
 * vault with an icon for every account, runs to a few megabytes. Each format then has its own,
 * smaller or equal limit (`maxBytes` in lib/import/formats/), checked once the file is known to be
 * of that format and before any of its entries is read.
 */
export const MAX_EXPORT_FILE_BYTES = 32 * 1024 * 1024;

/**
 * A picture's pixels, by its header, before it is decoded. An 8K screen's screenshot is 33.2
 * million pixels and a 48-megapixel phone camera's full-size photo 48.8 million; decoding takes
 * about 60 ms a million pixels here (a 20,000 × 20,000 picture held the page 25 s), so this bounds
 * a picture to about 3 s.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** A screenshot or a phone photo is a few megabytes; a 50-megapixel PNG rarely reaches 64. */
export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

/**
 * "20 MB", "5.1 MB": sizes in the sentences, rounded up to a tenth, so that a file just over a
 * limit never reads as the limit itself.
 */
export function megabytes(bytes: number): string {
  return `${formatNumber(Math.ceil((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}
