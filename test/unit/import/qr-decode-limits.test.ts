// A picture far larger than any screenshot or photo is refused from its header: the browser's
// decoder (createImageBitmap) is never called, so the page is not held while it decodes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImageTooLargeError, UnreadableImageError } from '../../../lib/import/errors';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../../../lib/import/limits';
import { decodeQrImage } from '../../../lib/import/qr-decode';
import { blankPng, bmpHeader, gifHeader, jpegHeader, webpHeader } from '../../fixtures/import/image-headers';

/** Stands for the browser's decoder: reaching it is the work the limit is there to avoid. */
const DECODED = new Error('decoded');
const decoded = expect.objectContaining({ cause: DECODED });
const createImageBitmap = vi.fn(() => Promise.reject(DECODED));

beforeEach(() => vi.stubGlobal('createImageBitmap', createImageBitmap));
afterEach(() => {
  vi.unstubAllGlobals();
  createImageBitmap.mockClear();
});

const blob = (bytes: Uint8Array) => new Blob([Uint8Array.from(bytes)]);

describe('decodeQrImage on pictures too large to decode', () => {
  it('refuses a 20,000 × 20,000 PNG of 0.4 MB by its header, and never decodes it', async () => {
    await expect(decodeQrImage(blob(blankPng(20_000, 20_000)))).rejects.toThrow(
      new ImageTooLargeError('20,000 × 20,000 pixels; at most 50 million'),
    );
    expect(createImageBitmap).not.toHaveBeenCalled();
  });

  it.each([
    { what: 'a JPEG behind its metadata', bytes: jpegHeader(10_000, 8_000, 2) },
    { what: 'a GIF', bytes: gifHeader(65_535, 65_535) },
    { what: 'a GIF with a small screen and a huge first frame', bytes: gifHeader(1, 1, { left: 0, top: 0, width: 65_535, height: 1_000 }) },
    { what: 'a lossless WebP', bytes: webpHeader('VP8L', 16_384, 16_384) },
    { what: 'an extended WebP', bytes: webpHeader('VP8X', 100_000, 1_000) },
    { what: 'a BMP', bytes: bmpHeader(30_000, -30_000) },
  ])('refuses $what over the limit the same way', async ({ bytes }) => {
    await expect(decodeQrImage(blob(bytes))).rejects.toThrow(ImageTooLargeError);
    expect(createImageBitmap).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit without reading a byte of it', async () => {
    const slice = vi.fn();
    const huge = { size: MAX_IMAGE_BYTES + 1, slice } as unknown as Blob;
    await expect(decodeQrImage(huge)).rejects.toThrow('This picture is too large to search for a QR code (64.1 MB; at most 64 MB).');
    expect(slice).not.toHaveBeenCalled();
    expect(createImageBitmap).not.toHaveBeenCalled();
  });

  it('refuses a file that is no picture it reads, without decoding it', async () => {
    await expect(decodeQrImage(blob(Buffer.from('<svg width="90000" height="90000"/>')))).rejects.toThrow(UnreadableImageError);
    expect(createImageBitmap).not.toHaveBeenCalled();
  });

  it('decodes a picture just within the limit: the limit is the only thing that stops the others', async () => {
    const side = Math.floor(Math.sqrt(MAX_IMAGE_PIXELS));
    // The stand-in's failure comes back as the browser's would: a picture it could not decode.
    await expect(decodeQrImage(blob(blankPng(side, side)))).rejects.toEqual(decoded);
    await expect(decodeQrImage(blob(jpegHeader(8064, 6048)))).rejects.toEqual(decoded);
    expect(createImageBitmap).toHaveBeenCalledTimes(2);
  });
});
