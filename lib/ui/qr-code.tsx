import { useMemo } from 'preact/hooks';
import { drawQrCode } from './qr-path';

/** The quiet zone around a QR code, in modules (the standard asks for four). @see ISO/IEC 18004, quiet zone */
const QUIET_ZONE = 4;

interface QrCodeProps {
  /** The accessible name, e.g. "QR code for alice@example.org". */
  label: string;
  /** What the code holds, e.g. an otpauth:// link. */
  text: string;
  /**
   * Draws each module this many pixels wide instead of fitting the code in 180 px: a dense code
   * (many accounts) stays sharp, every module the same width, for a camera or a screenshot.
   */
  modulePixels?: number;
}

/** A QR code, always dark on white whatever the theme: phone cameras expect that contrast. */
export function QrCode({ label, text, modulePixels }: QrCodeProps) {
  const { qrSize: size, qrPath: path } = useMemo(() => drawQrCode(text), [text]);
  const side = size + 2 * QUIET_ZONE;
  const shown = modulePixels === undefined ? 180 : side * modulePixels;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      width={shown}
      height={shown}
      // Over the stylesheet's 180 px, when the module size decides.
      style={modulePixels === undefined ? undefined : { width: `${shown}px`, height: `${shown}px` }}
      shape-rendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
