// Failures of reading an import on the page. They never travel to the background: each message
// is a sentence for the person who chose the file or pasted the text, and names no secret.
import { t } from '../i18n/t';

/** The picture holds no QR code that could be read (or none at all). */
export class QrNotFoundError extends Error {
  override name = 'QrNotFoundError';
  constructor() {
    super(t('importQrNotFound'));
  }
}

/** The file is not a picture that can be read: not PNG, JPEG, GIF, WebP or BMP, or damaged. */
export class UnreadableImageError extends Error {
  override name = 'UnreadableImageError';
  constructor(options?: ErrorOptions) {
    super(t('importUnreadableImage'), options);
  }
}

/**
 * The picture is larger than a screenshot or a photo is, by its file size or by the pixels its
 * header declares: it is not decoded. `size` says how large, and the limit ("70 MB; at most 64 MB").
 */
export class ImageTooLargeError extends Error {
  override name = 'ImageTooLargeError';
  constructor(size: string) {
    super(t('importImageTooLarge', { size }));
  }
}

/** One import is one message to the background, which takes a bounded list; the page shows a bounded table. */
export class TooManyEntriesError extends Error {
  override name = 'TooManyEntriesError';
  constructor(max: number) {
    super(t('importTooManyEntries', { max }));
  }
}

/** The popup's scan: the visible part of the tab holds no readable QR code. */
export class NoQrOnPageError extends Error {
  override name = 'NoQrOnPageError';
  constructor() {
    super(t('importNoQrOnPage'));
  }
}

/** The browser refused to capture the tab (its own pages, the web store, or no tab at all). */
export class TabCaptureError extends Error {
  override name = 'TabCaptureError';
  constructor(options?: ErrorOptions) {
    super(t('importTabCapture'), options);
  }
}

/** Preview was asked for with nothing pasted or chosen, or nothing in it looked like a link. */
export class NothingToImportError extends Error {
  override name = 'NothingToImportError';
  constructor() {
    super(t('importNothingToImport'));
  }
}
