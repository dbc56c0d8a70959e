/**
 * How much one import may ask of the page. Each limit sits far above what a real vault or a real
 * picture reaches, and is checked before the work it bounds: a file, a link or a picture made to be
 * heavy is refused with a sentence instead of holding the page for seconds.
 */

/**
 * A picture's pixels, by its header, before it is decoded. An 8K screen's screenshot is 33.2
 * million pixels and a 48-megapixel phone camera's full-size photo 48.8 million; decoding takes
 * about 60 ms a million pixels here (a 20,000 × 20,000 picture held the page 25 s), so this bounds
 * a picture to about 3 s.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** A screenshot or a phone photo is a few megabytes; a 50-megapixel PNG rarely reaches 64. */
export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

/** "20 MB": sizes in the sentences, in whole megabytes. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
