// The densest transfer QR code the export makes (a link of MAX_TRANSFER_LINK_CHARS), drawn as the
// management page draws it (level M, 4 pixels a module, a 4-module quiet zone), is read back by
// the import's own decoder: what one browser exports, another can import from a screenshot.
import { describe, expect, it } from 'vitest';
import { decodeQrPixels } from '../../../lib/import/qr-decode';
import type { OtpAccount } from '../../../lib/otp';
import { formatTransferLinks, MAX_TRANSFER_LINK_CHARS } from '../../../lib/otp/migration-export';
import { drawQrCode } from '../../../lib/ui/qr-path';

const MODULE_PIXELS = 4;
const QUIET_ZONE = 4;

/** The SVG path of lib/ui/qr-code.tsx as pixels: each `M x y h w` run a dark rectangle one module high. */
function render(text: string): { pixels: Uint8ClampedArray; side: number } {
  const { qrSize, qrPath } = drawQrCode(text);
  const side = (qrSize + 2 * QUIET_ZONE) * MODULE_PIXELS;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, run] of qrPath.matchAll(/M(\d+) (\d+)h(\d+)/gu)) {
    for (let dy = 0; dy < MODULE_PIXELS; dy++) {
      const row = (Number(y) + QUIET_ZONE) * MODULE_PIXELS + dy;
      const start = (row * side + (Number(x) + QUIET_ZONE) * MODULE_PIXELS) * 4;
      pixels.fill(0, start, start + Number(run) * MODULE_PIXELS * 4);
      for (let at = start + 3; at < start + Number(run) * MODULE_PIXELS * 4; at += 4) pixels[at] = 255;
    }
  }
  return { pixels, side };
}

describe('transfer QR codes as drawn', () => {
  it('the densest one reads back with the import decoder', () => {
    const accounts: OtpAccount[] = Array.from({ length: 10 }, (_, index) => ({
      type: 'totp', issuer: `Issuer with a long name ${index}`, label: `someone.with.a.long.address.${index}@example.org`,
      secret: new Uint8Array(32).fill(index + 1), algorithm: 'SHA256', digits: 8, period: 30, counter: 0,
    }));
    const { links } = formatTransferLinks(accounts, 123_456);
    const densest = links.reduce((a, b) => (a.length >= b.length ? a : b));
    expect(densest.length).toBeGreaterThan(MAX_TRANSFER_LINK_CHARS * 0.8);
    const { pixels, side } = render(densest);
    expect(decodeQrPixels(pixels, side, side)).toBe(densest);
  });
});
