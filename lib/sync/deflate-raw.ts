// Raw DEFLATE through the platform's CompressionStream (Chrome, Firefox and Node alike): no library
// to ship. Output bytes may differ between engines; only the inflated text is ever compared.
// @see RFC 1951
import { asBufferSource } from '../crypto/bytes';

/** Past this, inflated text is refused: a bucket at the whole quota inflates to well under 1 MB. */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;

export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Infinity);
}

/** Throws on data that is not raw DEFLATE, or that inflates past MAX_INFLATED_BYTES. */
export function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), MAX_INFLATED_BYTES);
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(asBufferSource(bytes));
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new RangeError('The inflated text is larger than any unit can be.');
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
