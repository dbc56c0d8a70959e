/**
 * Reading QR codes from pictures, on the page that shows them: the background never holds an
 * image or the decoder. Pages load this module lazily, so their first paint does not carry jsQR.
 */
import { t } from '../i18n/t';
import jsQR from 'jsqr';
import { ImageTooLargeError, QrNotFoundError, UnreadableImageError } from './errors';
import { readImageSize } from './image-size';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, megabytes } from './limits';

/**
 * A phone photo or a high-density screenshot is scaled down to about this many pixels: jsQR's
 * time grows with the area, and a QR code big enough to scan survives the scaling.
 */
const MAX_PIXELS = 4_000_000;

/**
 * The text of the QR code in an RGBA picture (4 bytes a pixel, rows top to bottom). Light-on-dark
 * codes (dark themes) are tried too. Throws QrNotFoundError when there is none.
 */
export function decodeQrPixels(pixels: Uint8ClampedArray, width: number, height: number): string {
  const found = jsQR(pixels, width, height, { inversionAttempts: 'attemptBoth' });
  if (!found || found.data === '') throw new QrNotFoundError();
  return found.data;
}

function scaledSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, Math.sqrt(MAX_PIXELS / (width * height)));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function openImage(file: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file);
  } catch (error) {
    throw new UnreadableImageError({ cause: error });
  }
}

/**
 * Refuses, from the header alone, a picture too large to decode in reasonable time: the browser
 * would decode every pixel at full size before it could be scaled down.
 */
async function checkImageSize(file: Blob): Promise<void> {
  if (file.size > MAX_IMAGE_BYTES) {
    throw new ImageTooLargeError(t('importImageBytes', { size: megabytes(file.size), max: megabytes(MAX_IMAGE_BYTES) }));
  }
  const { width, height } = await readImageSize(file);
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new ImageTooLargeError(t('importImagePixels', { width, height, max: MAX_IMAGE_PIXELS / 1e6 }));
  }
}

/**
 * The text of the QR code in an image file (PNG, JPEG, GIF, WebP or BMP). Throws
 * UnreadableImageError for a file that is no such picture, ImageTooLargeError for one whose
 * header declares too many pixels (never decoded), and QrNotFoundError for a picture without a
 * readable code.
 */
export async function decodeQrImage(file: Blob): Promise<string> {
  await checkImageSize(file);
  const bitmap = await openImage(file);
  try {
    if (bitmap.width === 0 || bitmap.height === 0) throw new QrNotFoundError();
    const { width, height } = scaledSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new UnreadableImageError();
    // Transparent pixels read as black: a QR code saved on a transparent background would vanish.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return decodeQrPixels(context.getImageData(0, 0, width, height).data, width, height);
  } finally {
    bitmap.close();
  }
}
