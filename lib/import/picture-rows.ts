/** A QR code picture as the import's row: its text, or refused with what is wrong with the picture. */
import { ImageTooLargeError, QrNotFoundError, UnreadableImageError } from './errors';
import { decodeQrImage } from './qr-decode';
import type { FoundLink, RefusedEntry } from './types';

export async function pictureRows(name: string, file: Blob): Promise<(FoundLink | RefusedEntry)[]> {
  try {
    return [{ entry: name, text: (await decodeQrImage(file)).trim() }];
  } catch (error) {
    // decodeQrImage's errors say what is wrong with this one picture; others are bugs.
    if (error instanceof QrNotFoundError || error instanceof UnreadableImageError || error instanceof ImageTooLargeError) {
      return [{ entry: name, reason: error.message }];
    }
    throw error;
  }
}
