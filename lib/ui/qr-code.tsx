import { useMemo } from 'preact/hooks';
import { drawQrCode } from './qr-path';

/** The quiet zone around a QR code, in modules (the standard asks for four). @see ISO/IEC 18004, quiet zone */
const QUIET_ZONE = 4;

interface QrCodeProps {
  /** The accessible name, e.g. "QR code for alice@example.org". */
  label: string;
  /** What the code holds, e.g. an otpauth:// link. */
  text: string;
}

/** A QR code, always dark on white whatever the theme: phone cameras expect that contrast. */
export function QrCode({ label, text }: QrCodeProps) {
  const { qrSize: size, qrPath: path } = useMemo(() => drawQrCode(text), [text]);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      width={180}
      height={180}
      shape-rendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
