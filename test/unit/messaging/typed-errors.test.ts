// The background shows a failure as written only when its class extends UserFacingError. Every error
// class the background code exports must therefore either build on it, or be one of the few that are
// never shown (listed below, each with its reason); otherwise a clear sentence would reach the user
// as "something went wrong". Page-side code (forms, QR import) never sends errors over the wire.
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../lib/user-facing-error';

type ErrorClass = abstract new (...args: never[]) => Error;

const modules = import.meta.glob<Record<string, unknown>>(
  // lib/zod.ts re-exports zod's own errors, which are never shown either (they carry input).
  ['../../../lib/**/*.ts', '!../../../lib/ui/**', '!../../../lib/import/**', '!../../../lib/zod.ts'],
  { eager: true },
);

/** Errors the background catches or reports by their effect, never by their message. */
const NEVER_SHOWN = new Map<string, string>([
  // Caught where it happens: the code is then shown for copying by hand.
  ['ClipboardUnavailableError', 'lib/clipboard/clipboard-writer.ts'],
  // Thrown at build time, when the public suffix list cannot be read from the psl package.
  ['PublicSuffixSourceError', 'lib/autofill/worker/public-suffix-source.ts'],
  // The page's copy of an error the background already chose to show (or made generic).
  ['RemoteError', 'lib/messaging/remote-error.ts'],
  // Caught by the sync scheduler: the management page says sync stopped, by the error's name.
  ['SyncSpaceError', 'lib/sync/pack-state.ts'],
]);

/** Each class once, named by the first module that exports it (index files re-export). */
function errorClasses(): [string, ErrorClass][] {
  const found = new Map<ErrorClass, string>();
  for (const [path, module] of Object.entries(modules)) {
    for (const value of Object.values(module)) {
      const isErrorClass = typeof value === 'function' && value.prototype instanceof Error && value !== UserFacingError;
      if (isErrorClass && !found.has(value as ErrorClass)) found.set(value as ErrorClass, path.replace(/^.*\/lib\//u, 'lib/'));
    }
  }
  return [...found].map(([type, path]) => [`${path}: ${type.name}`, type]);
}

describe('typed errors of the background', () => {
  const classes = errorClasses();
  const shown = classes.filter(([, type]) => !NEVER_SHOWN.has(type.name));

  it('are found across the background code', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(100);
    // 75 until the three refusals of the message gate became its wire errors (lib/messaging/gate.ts).
    expect(shown.length).toBeGreaterThanOrEqual(72);
    for (const [name, path] of NEVER_SHOWN) expect(classes.map(([label]) => label)).toContain(`${path}: ${name}`);
  });

  it.each(shown)('%s is shown as written', (_name, type) => {
    expect(type.prototype).toBeInstanceOf(UserFacingError);
  });
});
