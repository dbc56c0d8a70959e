// The PNG writer the end-to-end tests use: its files must be real PNGs (checked by CRC) whose
// pixels hold the code, or a failing import there would blame the extension for the fixture.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeQrPixels } from '../../../lib/import/qr-decode';
import { greyscalePng, qrPng } from '../../fixtures/import/qr-png';

/** Reads back an 8-bit greyscale, unfiltered PNG as RGBA, the way a canvas would hand it over. */
function readPng(png: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
  const rows = inflateSync(png.subarray(41, 41 + idatLength));
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = rows[y * (width + 1) + 1 + x]!;
      rgba.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}

describe('qrPng', () => {
  it('writes the IHDR chunk with the CRC every PNG reader checks', () => {
    // A 1×1 white greyscale PNG, as written by any encoder: its IHDR CRC is fixed by the standard.
    const png = greyscalePng(1, 1, () => 255);
    expect(png.subarray(8, 33).toString('hex')).toBe('0000000d49484452000000010000000108000000003a7e9b55');
  });

  it('draws a QR code that reads back as its text', () => {
    const text = 'otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP&issuer=Shop';
    const { width, height, rgba } = readPng(qrPng(text));
    expect(decodeQrPixels(rgba, width, height)).toBe(text);
  });
});
