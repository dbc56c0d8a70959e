// Raw DEFLATE through the platform's CompressionStream (Chrome, Firefox and Node alike): no library
// to ship. Output bytes may differ between engines; only the inflated text is ever compared.
// @see RFC 1951
import { asBufferSource, concatBytes } from '../crypto/bytes';

/** Past this, inflated text is refused: a bucket at the whole quota inflates to well under 1 MB. */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;

export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(bytes, new CompressionStream('deflate-raw'), Infinity);
}

/** Throws on data that is not raw DEFLATE, or that inflates past MAX_INFLATED_BYTES. */
export function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
}

async function collect(bytes: Uint8Array, through: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([asBufferSource(bytes)]).stream().pipeThrough(through).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.length;
    if (length > limit) {
      await reader.cancel();
      throw new RangeError('The inflated text is larger than any unit can be.');
    }
    chunks.push(read.value);
  }
  return concatBytes(...chunks);
}
