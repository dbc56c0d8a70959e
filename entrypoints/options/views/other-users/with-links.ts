import type { ComponentChildren } from 'preact';

/**
 * A message with elements in it: each `{name}` of `message` becomes `parts[name]`, wherever the
 * language puts it ("…under {devices} and {keys}."), the text around them staying as written.
 */
export function withLinks(message: string, parts: Readonly<Record<string, ComponentChildren>>): ComponentChildren[] {
  return message.split(/\{(\w+)\}/u).map((piece, index) => (index % 2 === 1 && Object.hasOwn(parts, piece) ? parts[piece] : piece));
}
