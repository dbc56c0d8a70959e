// A QR code drawn from a known text must decode to that text: the encoder (uqr, which the pages use
// to show codes) and the decoder (jsQR) are independent implementations of the standard.
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrNotFoundError } from '../../../lib/import/errors';
import { decodeQrPixels } from '../../../lib/import/qr-decode';
import { migrationUri, SECRET_20, SECRET_32 } from '../../fixtures/import/migration-payload';

interface Painting {
  /** Pixels per module. */
  scale?: number;
  /** Modules of light margin on each side (the standard asks for 4). */
  quietZone?: number;
  /** Light modules on a dark ground, as dark themes show them. */
  inverted?: boolean;
}

/** Paints the code into an RGBA picture, the form a canvas's getImageData returns. */
function paint(text: string, { scale = 4, quietZone = 4, inverted = false }: Painting = {}) {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  const side = (size + 2 * quietZone) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - quietZone;
      const column = Math.floor(x / scale) - quietZone;
      const dark = data[row]?.[column] === true;
      const value = dark !== inverted ? 0 : 255;
      pixels.set([value, value, value, 255], (y * side + x) * 4);
    }
  }
  return { pixels, side };
}

const OTPAUTH = 'otpauth://totp/B%C3%A4nk:zo%C3%AB%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=B%C3%A4nk&algorithm=SHA1&digits=6&period=30';

describe('decodeQrPixels', () => {
  it.each([
    { what: 'an otpauth link with UTF-8 names', text: OTPAUTH, painting: {} },
    {
      what: 'a Google Authenticator export of three accounts',
      text: migrationUri({
        parameters: [
          { secret: SECRET_20, name: 'alice@example.org', issuer: 'Example' },
          { secret: SECRET_32, name: 'Ünïcödé', issuer: 'Bänk', algorithm: 2, digits: 2 },
          { secret: SECRET_20, name: 'token', type: 1, counter: 2n ** 40n },
        ],
        batchSize: 2,
        batchIndex: 1,
        batchId: 77,
      }),
      painting: { scale: 3 },
    },
    { what: 'a code drawn light on dark', text: OTPAUTH, painting: { inverted: true } },
  ])('reads back $what', ({ text, painting }) => {
    const { pixels, side } = paint(text, painting);
    expect(decodeQrPixels(pixels, side, side)).toBe(text);
  });

  it('reads a code that is only part of a larger picture', () => {
    const { pixels: code, side } = paint(OTPAUTH);
    const width = side * 3;
    const height = side * 2;
    const picture = new Uint8ClampedArray(width * height * 4).fill(255);
    for (let y = 0; y < side; y++) picture.set(code.subarray(y * side * 4, (y + 1) * side * 4), ((y + side / 2) * width + side) * 4);
    expect(decodeQrPixels(picture, width, height)).toBe(OTPAUTH);
  });

  it('says there is no QR code in a blank or noisy picture', () => {
    const blank = new Uint8ClampedArray(120 * 120 * 4).fill(255);
    expect(() => decodeQrPixels(blank, 120, 120)).toThrow(QrNotFoundError);
    let seed = 7;
    const noise = blank.map((_, index) => (index % 4 === 3 ? 255 : (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256));
    expect(() => decodeQrPixels(noise, 120, 120)).toThrow('No QR code found in this image.');
  });
});
