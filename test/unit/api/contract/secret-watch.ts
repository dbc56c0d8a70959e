// Every error the contract tests provoke goes through one watch, which also knows every password,
// token and seed the file used; the last test of each file then checks that no error message
// (nor the message of a cause, nor the server sentence an ApiError carries) repeats one of them.
// Error messages are shown to users and may be logged, so they must be safe by construction.
import { expect, it } from 'vitest';
import { ApiError, type EmnifyTokens } from '../../../../lib/api';
// The sandbox's SHA-1, not lib/api's: an independent spelling of the wire format.
import { sha1Hex } from '../../../sandbox/hashing';

/** Shorter values could match innocently (a port, a status); every secret here is longer. */
const MIN_SECRET_LENGTH = 6;

type ErrorClass<E extends Error> = new (...args: never[]) => E;

export type SecretWatch = {
  /** Remembers values that must never appear in an error message. */
  keep(...values: (string | undefined)[]): void;
  /** A password in clear and in the EMnify wire format (SHA-1 hex). */
  keepPassword(password: string): void;
  keepTokens(tokens: EmnifyTokens | undefined): void;
  /** Awaits a call that must fail with `type`; records the error and returns it for more checks. */
  rejection<E extends Error>(call: Promise<unknown>, type: ErrorClass<E>): Promise<E>;
  /** "secret found in message" lines; empty when all is well. */
  leaks(): string[];
  readonly errorCount: number;
};

/** The texts a user or a log could see for one error: its message, its causes', the server's. */
function visibleTexts(error: unknown): string[] {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    texts.push(current.message, String(current));
    if (current instanceof ApiError) {
      texts.push(current.serverMessage ?? '', ...current.errors.map((detail) => detail.message ?? ''));
    }
    current = current.cause;
  }
  return texts;
}

export function createSecretWatch(): SecretWatch {
  const secrets = new Set<string>();
  const errors: unknown[] = [];

  function keep(...values: (string | undefined)[]): void {
    for (const value of values) if (value !== undefined && value.length >= MIN_SECRET_LENGTH) secrets.add(value);
  }

  async function rejection<E extends Error>(call: Promise<unknown>, type: ErrorClass<E>): Promise<E> {
    let caught: unknown;
    let failed = false;
    try {
      await call;
    } catch (error) {
      caught = error;
      failed = true;
      errors.push(error);
    }
    expect(failed, `expected the call to fail with ${type.name}`).toBe(true);
    expect(caught).toBeInstanceOf(type);
    return caught as E;
  }

  function leaks(): string[] {
    const found: string[] = [];
    for (const error of errors) {
      for (const text of visibleTexts(error)) {
        for (const secret of secrets) {
          if (text.includes(secret)) found.push(`${String(error)} contains a secret (${secret.length} chars)`);
        }
      }
    }
    return found;
  }

  return {
    keep,
    keepPassword: (password) => keep(password, sha1Hex(password)),
    keepTokens: (tokens) => keep(tokens?.authToken, tokens?.refreshToken),
    rejection,
    leaks,
    get errorCount() {
      return errors.length;
    },
  };
}

/** The last test of a file: it must come after every describe block that uses the watch. */
export function itKeepsSecretsOutOfErrors(watch: SecretWatch): void {
  it('no error thrown in this file names a password, token or seed it used', () => {
    // Not vacuous: the file did provoke errors.
    expect(watch.errorCount).toBeGreaterThan(0);
    expect(watch.leaks()).toEqual([]);
  });
}
