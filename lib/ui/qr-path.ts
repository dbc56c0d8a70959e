// A QR code as SVG path data: one unit per module, for an inline <svg>. Drawn in the page that
// shows it (the popup's lazily loaded server chunk, the management page), so the encoder weighs
// nothing in the background bundle or the popup's first paint.
import { encode } from 'uqr';

export type QrDrawing = {
  /** Modules per side, without a quiet zone (the page adds the margin). */
  qrSize: number;
  /** One closed rectangle per horizontal run of dark modules, on a qrSize × qrSize grid. */
  qrPath: string;
};

/**
 * Level M restores up to 15% of damaged modules: enough for a phone camera aimed at a screen,
 * while keeping an otpauth link (about 150 characters) at a size that stays readable in a popup.
 * @see ISO/IEC 18004, error correction levels L, M, Q and H
 */
const ERROR_CORRECTION = 'M';

/** Encodes `text` and draws its dark modules; adjacent ones on a row merge into one rectangle. */
export function drawQrCode(text: string): QrDrawing {
  const { size, data } = encode(text, { ecc: ERROR_CORRECTION, border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      const run = x - start;
      parts.push(`M${start} ${y}h${run}v1h-${run}z`);
    }
  });
  return { qrSize: size, qrPath: parts.join('') };
}
