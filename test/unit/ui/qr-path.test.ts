// The QR drawing: the path is painted back onto a grid and read like a scanner would read the
// fixed parts of a symbol (finder patterns, format information), so the test does not merely
// repeat the code under test.
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { drawQrCode } from '../../../lib/ui/qr-path';

const LINK =
  'otpauth://totp/EMnify%20Sandbox:someone%40example.test?secret=YZP7UN4EMN6LK2UYYDCTBNH4ZVXVEJ7C' +
  '&issuer=EMnify%20Sandbox&algorithm=SHA1&digits=6&period=30';

const RUN = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/gu;

/** Paints the path on a size × size grid; fails on anything but well-formed one-row runs. */
function paint(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  expect(path.replace(RUN, '')).toBe('');
  for (const [, x, y, width, back] of path.matchAll(RUN)) {
    expect(back).toBe(width);
    const [left, row, run] = [Number(x), Number(y), Number(width)];
    expect(run).toBeGreaterThan(0);
    expect(left + run).toBeLessThanOrEqual(size);
    for (let column = left; column < left + run; column++) {
      expect(grid[row]![column], `module ${column},${row} painted twice`).toBe(false);
      grid[row]![column] = true;
    }
  }
  return grid;
}

const dark = (grid: boolean[][]) => grid.flat().filter(Boolean).length;

/**
 * The error correction level from the first copy of the format information, next to the
 * top-left finder. @see ISO/IEC 18004, format information (mask 101010000010010)
 */
function eccLevel(grid: boolean[][]): string {
  const at = (x: number, y: number) => (grid[y]![x] ? 1 : 0);
  const positions: [number, number][] = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8],
    [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ];
  const bits = positions.reduce((word, [x, y], index) => word | (at(x, y) << index), 0) ^ 0b101010000010010;
  return ['M', 'L', 'H', 'Q'][(bits >>> 13) & 3]!;
}

/** A 7 × 7 finder pattern with its light separator, at (left, top). */
function hasFinder(grid: boolean[][], left: number, top: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
      if (grid[top + y]![left + x] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('drawQrCode', () => {
  it('draws every dark module of the symbol, on a grid without a quiet zone', () => {
    const { qrSize, qrPath } = drawQrCode(LINK);
    const symbol = encode(LINK, { ecc: 'M', border: 0 });
    expect(qrSize).toBe(symbol.size);
    // @see ISO/IEC 18004: a version-v symbol has 17 + 4v modules per side.
    expect((qrSize - 17) % 4).toBe(0);
    const grid = paint(qrPath, qrSize);
    expect(dark(grid)).toBe(dark(symbol.data));
    expect(grid).toEqual(symbol.data);
    // Finders in three corners, flush with the edges: no margin was drawn.
    expect(hasFinder(grid, 0, 0)).toBe(true);
    expect(hasFinder(grid, qrSize - 7, 0)).toBe(true);
    expect(hasFinder(grid, 0, qrSize - 7)).toBe(true);
  });

  it('encodes with error correction level M', () => {
    // The reader is checked on every level first, so a wrong reader cannot pass the last line.
    for (const ecc of ['L', 'M', 'Q', 'H'] as const) {
      expect(eccLevel(encode(LINK, { ecc, border: 0 }).data)).toBe(ecc);
    }
    const { qrSize, qrPath } = drawQrCode(LINK);
    expect(eccLevel(paint(qrPath, qrSize))).toBe('M');
  });

  it('merges the dark modules of a row into runs: no run ends where the next one starts', () => {
    const { qrPath } = drawQrCode(LINK);
    const runs = [...qrPath.matchAll(RUN)].map(([, x, y, width]) => ({ x: Number(x), y: Number(y), w: Number(width) }));
    // The top row starts with a finder: seven dark modules, one run.
    expect(runs[0]).toEqual({ x: 0, y: 0, w: 7 });
    for (let index = 1; index < runs.length; index++) {
      const [before, run] = [runs[index - 1]!, runs[index]!];
      if (before.y === run.y) expect(before.x + before.w).toBeLessThan(run.x);
    }
    expect(runs.length).toBeLessThan(dark(encode(LINK, { ecc: 'M', border: 0 }).data));
  });

  it('gives different drawings for different links, and the same for the same link', () => {
    const other = LINK.replace('YZP7', 'ABCD');
    expect(drawQrCode(other).qrPath).not.toBe(drawQrCode(LINK).qrPath);
    expect(drawQrCode(LINK)).toEqual(drawQrCode(LINK));
  });
});
