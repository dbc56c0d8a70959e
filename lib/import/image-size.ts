/**
 * The width and height a picture file declares in its header, read without decoding a pixel: the
 * import refuses a huge picture before the browser spends seconds and gigabytes decoding it. Only
 * the formats whose header is read here are decoded at all (PNG, JPEG, GIF, WebP, BMP): for any
 * other, the size could not be known before decoding.
 * @see https://www.w3.org/TR/png-3/#11IHDR
 * @see https://www.w3.org/Graphics/JPEG/itu-t81.pdf (B.1.1.2 markers, B.2.2 frame header)
 * @see https://www.w3.org/Graphics/GIF/spec-gif89a.txt (18. logical screen, 20. image descriptor)
 * @see https://developers.google.com/speed/webp/docs/riff_container
 * @see https://learn.microsoft.com/windows/win32/gdi/bitmap-header-types
 */
import { UnreadableImageError } from './errors';

export interface ImageSize {
  format: 'PNG' | 'JPEG' | 'GIF' | 'WebP' | 'BMP';
  width: number;
  height: number;
}

/** Every header below fits in this many first bytes, except JPEG's, which is walked segment by segment. */
const HEAD_BYTES = 64 * 1024;
/**
 * A JPEG puts its frame header after its metadata segments (each at most 64 KiB). Real files have
 * a handful; a file with more before its frame header is refused rather than walked to the end.
 */
const MAX_JPEG_SEGMENTS = 64;

async function bytesAt(file: Blob, start: number, length: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, start + length).arrayBuffer());
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, index) => bytes[at + index] === byte);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The IHDR chunk comes first, right after the signature: width and height, 4 bytes each. */
function pngSize(head: Uint8Array): ImageSize | undefined {
  if (head.length < 24 || ascii(head, 12, 4) !== 'IHDR') return undefined;
  return { format: 'PNG', width: view(head).getUint32(16), height: view(head).getUint32(20) };
}

/**
 * The logical screen's size, grown to the first frame's rectangle when that frame reaches further
 * (decoders differ on whether they clip it, so the larger counts).
 */
function gifSize(head: Uint8Array): ImageSize | undefined {
  if (head.length < 13) return undefined;
  const data = view(head);
  let width = data.getUint16(6, true);
  let height = data.getUint16(8, true);
  const flags = head[10] ?? 0;
  let at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  while (at < head.length) {
    const block = head[at];
    if (block === 0x2c && at + 9 < head.length) {
      width = Math.max(width, data.getUint16(at + 1, true) + data.getUint16(at + 5, true));
      height = Math.max(height, data.getUint16(at + 3, true) + data.getUint16(at + 7, true));
      break;
    }
    if (block !== 0x21) break;
    // An extension: its label, then data sub-blocks, each led by its length, up to an empty one.
    at += 2;
    while (at < head.length && head[at] !== 0) at += (head[at] ?? 0) + 1;
    at += 1;
  }
  return { format: 'GIF', width, height };
}

/** 'VP8 ' (lossy), 'VP8L' (lossless) or 'VP8X' (extended, with the canvas size), right after the RIFF header. */
function webpSize(head: Uint8Array): ImageSize | undefined {
  if (head.length < 25) return undefined;
  const data = view(head);
  const chunk = ascii(head, 12, 4);
  if (chunk === 'VP8L' && head[20] === 0x2f) {
    const bits = data.getUint32(21, true);
    return { format: 'WebP', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (head.length < 30) return undefined;
  if (chunk === 'VP8 ' && startsWith(head, [0x9d, 0x01, 0x2a], 23)) {
    return { format: 'WebP', width: data.getUint16(26, true) & 0x3fff, height: data.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8X') {
    const width = (data.getUint32(24, true) & 0xffffff) + 1;
    const height = (data.getUint32(26, true) >>> 8) + 1;
    return { format: 'WebP', width, height };
  }
  return undefined;
}

/** The sizes of the DIB headers Windows and OS/2 define: the file header alone ("BM") is too short a mark. */
const DIB_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

function isBmp(head: Uint8Array): boolean {
  return ascii(head, 0, 2) === 'BM' && head.length >= 18 && DIB_HEADER_SIZES.has(view(head).getUint32(14, true));
}

/** The DIB header follows the 14-byte file header; its own size says which kind it is. */
function bmpSize(head: Uint8Array): ImageSize | undefined {
  if (head.length < 26) return undefined;
  const data = view(head);
  if (data.getUint32(14, true) === 12) {
    return { format: 'BMP', width: data.getUint16(18, true), height: data.getUint16(20, true) };
  }
  // A negative height means rows stored top to bottom: the size is its absolute value.
  return { format: 'BMP', width: Math.abs(data.getInt32(18, true)), height: Math.abs(data.getInt32(22, true)) };
}

/** Start-of-frame markers: every coding process but the DHT (C4), JPG (C8) and DAC (CC) markers between them. */
function isFrameHeader(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Walks the segments after the start of image, reading 4 bytes each, to the frame header. */
async function jpegSize(file: Blob): Promise<ImageSize | undefined> {
  let at = 2;
  for (let segment = 0; segment < MAX_JPEG_SEGMENTS; segment++) {
    const marker = await bytesAt(file, at, 9);
    if (marker.length < 4 || marker[0] !== 0xff) return undefined;
    const code = marker[1] ?? 0;
    // Fill bytes, and markers that stand alone (TEM, RSTn): no length follows.
    if (code === 0xff || code === 0x01 || (code >= 0xd0 && code <= 0xd7)) {
      at += code === 0xff ? 1 : 2;
      continue;
    }
    if (code === 0xd9 || code === 0xda) return undefined;
    if (isFrameHeader(code)) {
      if (marker.length < 9) return undefined;
      // Height 0 means "given later, by a DNL marker": no size to check before decoding.
      const height = view(marker).getUint16(5);
      return height === 0 ? undefined : { format: 'JPEG', width: view(marker).getUint16(7), height };
    }
    at += 2 + view(marker).getUint16(2);
  }
  return undefined;
}

/**
 * The declared size of a PNG, JPEG, GIF, WebP or BMP file. UnreadableImageError for any other
 * file, or a header cut short: neither is decoded.
 */
export async function readImageSize(file: Blob): Promise<ImageSize> {
  const head = await bytesAt(file, 0, HEAD_BYTES);
  let size: ImageSize | undefined;
  if (startsWith(head, PNG_SIGNATURE)) size = pngSize(head);
  else if (startsWith(head, [0xff, 0xd8, 0xff])) size = await jpegSize(file);
  else if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') size = gifSize(head);
  else if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') size = webpSize(head);
  else if (isBmp(head)) size = bmpSize(head);
  if (!size) throw new UnreadableImageError();
  return size;
}

/** Whether the file starts like one of the pictures readImageSize reads (to tell pictures from exports). */
export async function looksLikeImage(file: Blob): Promise<boolean> {
  const head = await bytesAt(file, 0, 18);
  return (
    startsWith(head, PNG_SIGNATURE) ||
    startsWith(head, [0xff, 0xd8, 0xff]) ||
    ascii(head, 0, 4) === 'GIF8' ||
    (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') ||
    isBmp(head)
  );
}
