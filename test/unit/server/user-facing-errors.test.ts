// Every typed error of the server flows reaches the popup with its own sentence: one that did not
// extend UserFacingError would turn a clear "wrong password" into "something went wrong".
import { describe, expect, it } from 'vitest';
import { toWireError } from '../../../lib/messaging/remote-error';
import * as enrolmentErrors from '../../../lib/server/enrolment/enrolment-errors';
import * as sessionErrors from '../../../lib/server/errors';
import * as otherUsersErrors from '../../../lib/server/other-users/other-users-errors';
import * as profileErrors from '../../../lib/server/profiles/profile-errors';

type ErrorClass = new (...args: unknown[]) => Error;

function errorClasses(module: Record<string, unknown>): ErrorClass[] {
  return Object.values(module).filter(
    (value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof Error,
  );
}

describe('errors of the server flows', () => {
  const classes = [...errorClasses(sessionErrors), ...errorClasses(profileErrors), ...errorClasses(enrolmentErrors), ...errorClasses(otherUsersErrors)];

  it('are all found', () => {
    expect(classes.length).toBeGreaterThanOrEqual(27);
  });

  it.each(classes.map((type) => [type.name, type] as const))('%s reaches the popup as written', (_name, type) => {
    const error = new type();
    expect(error.name).toBe(type.name);
    expect(toWireError(error)).toEqual({ name: error.name, message: error.message });
    // One sentence: no line breaks, ends like a sentence, and no second sentence inside.
    expect(error.message).toMatch(/^[^\n]+[.!?]$/u);
    expect(error.message).not.toMatch(/[.!?]\s+\p{Lu}/u);
  });

  it('keeps anything else generic', () => {
    const generic = { name: 'InternalError', message: 'Something went wrong inside the extension. Please try again.' };
    expect(toWireError(new TypeError('token abc123 leaked'))).toEqual(generic);
    // A name is not enough: a library error calling itself one of ours still stays generic.
    const impostor = Object.assign(new Error('seed JBSWY3DPEHPK3PXP'), { name: 'WrongCredentialsError' });
    expect(toWireError(impostor)).toEqual(generic);
    expect(toWireError({ name: 'WrongCredentialsError', message: 'seed' })).toEqual(generic);
  });
});
