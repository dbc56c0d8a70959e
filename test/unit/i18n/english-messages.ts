// The English messages as the browser would give them, for tests that render or compare sentences:
// the fake browser the unit tests run against has no i18n of its own.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type MessagesFile = Record<string, { message: string; description?: string }>;

export function readMessages(language: string): MessagesFile {
  return JSON.parse(readFileSync(resolve(`public/_locales/${language}/messages.json`), 'utf8')) as MessagesFile;
}

/** `browser.i18n.getMessage` over one language's file: '' for a missing message, as browsers answer. */
export function messageReader(language: string): (key: string) => string {
  const messages = readMessages(language);
  return (key) => (Object.hasOwn(messages, key) ? messages[key]!.message : '');
}
