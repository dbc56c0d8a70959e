import type { ContentRequest } from '../content-protocol';

/**
 * Reads a message as a DetectRequest or FillRequest, checked by hand: the content script carries
 * no schema library. Anything else is not for this script.
 */
export function parseContentRequest(message: unknown): ContentRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { autofill, waitMs, code } = message as Record<string, unknown>;
  if (autofill === 'detect' && typeof waitMs === 'number' && Number.isFinite(waitMs) && waitMs >= 0) {
    return { autofill, waitMs };
  }
  if (autofill === 'fill' && typeof code === 'string') return { autofill, code };
  return undefined;
}
