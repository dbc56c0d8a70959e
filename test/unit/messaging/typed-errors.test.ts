// The background shows a failure as written only when its class extends UserFacingError. Every typed
// error module the background throws from must therefore build on it, or its sentence would reach
// the user as "something went wrong". Page-side errors (forms, QR import) never cross the wire.
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../lib/user-facing-error';

type ErrorClass = abstract new (...args: never[]) => Error;

const modules = import.meta.glob<Record<string, unknown>>(
  ['../../../lib/**/*errors.ts', '!../../../lib/ui/**', '!../../../lib/import/**'],
  { eager: true },
);

function errorClasses(): [string, ErrorClass][] {
  return Object.entries(modules).flatMap(([path, module]) =>
    Object.values(module)
      .filter((value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof Error)
      .map((type) => [`${path.replace(/^.*\/lib\//u, 'lib/')}: ${type.name}`, type] as [string, ErrorClass]),
  );
}

describe('typed errors of the background', () => {
  const classes = errorClasses();

  it('are found in every error module', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(10);
    expect(classes.length).toBeGreaterThanOrEqual(70);
  });

  it.each(classes)('%s is shown as written', (_name, type) => {
    expect(type.prototype).toBeInstanceOf(UserFacingError);
  });
});
