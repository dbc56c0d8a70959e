/** A file's bytes, decoded once into what the formats' detect() look at. */
import type { ImportFile } from './import-format';

// fatal: bytes that are not UTF-8 are binary (an encrypted andOTP backup), not text with U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function asText(bytes: Uint8Array): string | undefined {
  try {
    // A file saved by a Windows editor may begin with a byte-order mark.
    return utf8.decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return undefined;
  }
}

function asJson(text: string | undefined): unknown {
  if (text === undefined || !/^\s*[[{]/u.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the text, which may hold seeds: it is never kept.
    return undefined;
  }
}

export function openImportFile(name: string, bytes: Uint8Array): ImportFile {
  const text = asText(bytes);
  return { name, bytes, text, json: asJson(text) };
}
