// Every refusal of a backup (and of erasing without the typed word) reaches the page with its own
// sentence: an error that did not extend UserFacingError would turn "wrong passphrase or altered file" into
// "something went wrong".
import { describe, expect, it } from 'vitest';
import * as backupErrors from '../../../lib/backup/backup-errors';
import { EraseConfirmationError } from '../../../lib/vault/vault-messages';
import { toWireError } from '../../../lib/messaging/remote-error';

type ErrorClass = new () => Error;

const classes = [
  ...Object.values(backupErrors as Record<string, unknown>).filter(
    (value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof Error,
  ),
  EraseConfirmationError,
];

describe('errors of backups and erasing', () => {
  it('are all found', () => {
    expect(classes).toHaveLength(7);
  });

  it.each(classes.map((type) => [type.name, type] as const))('%s reaches the page as written', (_name, type) => {
    const error = new type();
    expect(error.name).toBe(type.name);
    expect(toWireError(error)).toEqual({ name: error.name, message: error.message });
    // One sentence: no line breaks, ends like a sentence, and no second sentence inside.
    expect(error.message).toMatch(/^[^\n]+[.!?]$/u);
    expect(error.message).not.toMatch(/[.!?]\s+\p{Lu}/u);
  });
});
