// Failures of reading an import on the page. They never travel to the background: each message
// is a sentence for the person who chose the file or pasted the text, and names no secret.

/** The picture holds no QR code that could be read (or none at all). */
export class QrNotFoundError extends Error {
  override name = 'QrNotFoundError';
  constructor() {
    super('No QR code found in this image.');
  }
}

/** The file is not a picture that can be read: not PNG, JPEG, GIF, WebP or BMP, or damaged. */
export class UnreadableImageError extends Error {
  override name = 'UnreadableImageError';
  constructor(options?: ErrorOptions) {
    super('This file is not an image that can be read (PNG, JPEG, GIF, WebP or BMP).', options);
  }
}

/**
 * The picture is larger than a screenshot or a photo is, by its file size or by the pixels its
 * header declares: it is not decoded. `size` says how large, and the limit ("70 MB; at most 64 MB").
 */
export class ImageTooLargeError extends Error {
  override name = 'ImageTooLargeError';
  constructor(size: string) {
    super(`This picture is too large to search for a QR code (${size}).`);
  }
}

/** One import is one message to the background, which takes a bounded list; the page shows a bounded table. */
export class TooManyEntriesError extends Error {
  override name = 'TooManyEntriesError';
  constructor(max: number) {
    super(`At most ${max.toLocaleString('en')} entries can be imported at once: split the list and import it in parts.`);
  }
}

/** The popup's scan: the visible part of the tab holds no readable QR code. */
export class NoQrOnPageError extends Error {
  override name = 'NoQrOnPageError';
  constructor() {
    super('No QR code found on this page.');
  }
}

/** The browser refused to capture the tab (its own pages, the web store, or no tab at all). */
export class TabCaptureError extends Error {
  override name = 'TabCaptureError';
  constructor(options?: ErrorOptions) {
    super('This tab cannot be scanned: the browser does not let extensions capture it.', options);
  }
}

/** Preview was asked for with nothing pasted or chosen, or nothing in it looked like a link. */
export class NothingToImportError extends Error {
  override name = 'NothingToImportError';
  constructor() {
    super('Nothing to import: paste otpauth:// links, or choose or drop files or QR code images.');
  }
}
