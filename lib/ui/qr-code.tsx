/** The quiet zone around a QR code, in modules (the standard asks for four). @see ISO/IEC 18004, quiet zone */
const QUIET_ZONE = 4;

interface QrCodeProps {
  /** The accessible name, e.g. "QR code for alice@example.org". */
  label: string;
  /** Modules per side. */
  size: number;
  /** Path data of the dark modules, one unit each (drawn by the background). */
  path: string;
}

/**
 * A QR code drawn from path data the background computed, so the page carries no QR encoder. It
 * is always dark on white, whatever the theme: phone cameras expect that contrast.
 */
export function QrCode({ label, size, path }: QrCodeProps) {
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
