// The size a picture declares is read from its header alone, for every format the import decodes,
// and agrees with the size of the picture itself.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UnreadableImageError } from '../../../lib/import/errors';
import { looksLikeImage, readImageSize } from '../../../lib/import/image-size';
import { blankPng, bmpHeader, gifHeader, jpegHeader, webpHeader } from '../../fixtures/import/image-headers';
import { greyscalePng } from '../../fixtures/import/qr-png';

const blob = (bytes: Uint8Array) => new Blob([Uint8Array.from(bytes)]);

describe('readImageSize', () => {
  it.each([
    { what: 'a PNG', bytes: greyscalePng(317, 211, () => 255), size: { format: 'PNG', width: 317, height: 211 } },
    { what: 'a large blank PNG', bytes: blankPng(20_000, 20_000), size: { format: 'PNG', width: 20_000, height: 20_000 } },
    { what: 'a GIF', bytes: gifHeader(317, 211), size: { format: 'GIF', width: 317, height: 211 } },
    {
      what: 'a GIF whose first frame reaches beyond its screen',
      bytes: gifHeader(10, 10, { left: 5, top: 7, width: 60_000, height: 60_000 }),
      size: { format: 'GIF', width: 60_005, height: 60_007 },
    },
    { what: 'a JPEG', bytes: jpegHeader(317, 211), size: { format: 'JPEG', width: 317, height: 211 } },
    { what: 'a JPEG with 3 large metadata segments', bytes: jpegHeader(4000, 3000, 3), size: { format: 'JPEG', width: 4000, height: 3000 } },
    { what: 'a lossy WebP', bytes: webpHeader('VP8 ', 317, 211), size: { format: 'WebP', width: 317, height: 211 } },
    { what: 'a lossless WebP', bytes: webpHeader('VP8L', 16_384, 9_000), size: { format: 'WebP', width: 16_384, height: 9_000 } },
    { what: 'an extended WebP', bytes: webpHeader('VP8X', 16_777_216, 3), size: { format: 'WebP', width: 16_777_216, height: 3 } },
    { what: 'a BMP', bytes: bmpHeader(317, 211), size: { format: 'BMP', width: 317, height: 211 } },
    { what: 'a top-down BMP', bytes: bmpHeader(317, -211), size: { format: 'BMP', width: 317, height: 211 } },
  ])('reads $what', async ({ bytes, size }) => {
    expect(await looksLikeImage(blob(bytes))).toBe(true);
    expect(await readImageSize(blob(bytes))).toEqual(size);
  });

  it('builds the large blank PNG as a valid PNG: its data inflates to every row', () => {
    // A smaller one, to inflate it here: the construction is the same at any size.
    const png = blankPng(300, 130);
    const idat = png.subarray(8 + 25 + 8, png.length - 12 - 4);
    const rows = inflateSync(idat);
    expect(rows.length).toBe(301 * 130);
    expect(rows.every((byte) => byte === 0)).toBe(true);
    expect(blankPng(20_000, 20_000).length).toBeLessThan(1024 * 1024);
  });

  it.each([
    { what: 'text', bytes: Buffer.from('otpauth://totp/a?secret=JBSWY3DPEHPK3PXP') },
    { what: 'a text starting with BM', bytes: Buffer.from('BMW, the account of the car: otpauth://...') },
    { what: 'an SVG picture', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>') },
    { what: 'a PNG cut short in its header', bytes: greyscalePng(4, 4, () => 0).subarray(0, 20) },
    { what: 'a JPEG cut short before its frame header', bytes: jpegHeader(40, 30, 1).subarray(0, 30_000) },
    { what: 'a JPEG whose height comes later (DNL)', bytes: jpegHeader(40, 0) },
    { what: 'nothing at all', bytes: new Uint8Array(0) },
  ])('refuses $what as no picture it reads, without decoding', async ({ bytes }) => {
    await expect(readImageSize(blob(bytes))).rejects.toThrow(UnreadableImageError);
  });

  it('tells text and exports from pictures', async () => {
    for (const text of ['{"encrypted": false}', 'folder,favorite,type', 'otpauth://totp/x', 'BM']) {
      expect(await looksLikeImage(blob(Buffer.from(text)))).toBe(false);
    }
  });
});
