// Where an EMnify client keeps its tokens, and the one gate every write goes through. A refresh
// or a 401 can settle after the user has logged out or logged in again; the gate turns their
// writes into compare-and-set, so that a late refresh does not bring back a session that was
// ended or overwrite a newer login, and a late 401 does not end a newer session.
// Writes are queued one after the other (the store is async: a read-compare-write must not
// interleave with another write of this client), and every login and logout starts a new epoch.

export type EmnifyTokens = { authToken: string; refreshToken?: string };

/** Where the tokens live; the background backs it with storage.session, tests with memory. */
export interface TokenStore {
  get(): Promise<EmnifyTokens | undefined>;
  set(tokens: EmnifyTokens): Promise<void>;
  clear(): Promise<void>;
}

/** A TokenStore in memory, for tests and for callers that keep tokens elsewhere. */
export function createMemoryTokenStore(initial?: EmnifyTokens): TokenStore {
  let tokens = initial;
  return {
    get: async () => tokens,
    set: async (next) => {
      tokens = { ...next };
    },
    clear: async () => {
      tokens = undefined;
    },
  };
}

/**
 * What a conditional write expects: the epoch the operation started in, and (when given) the
 * token it used still being the stored one.
 */
export type SessionExpectation = { epoch: number; authToken?: string; refreshToken?: string };

export type SessionTokens = {
  get(): Promise<EmnifyTokens | undefined>;
  /** Changes with every login and logout, at the moment it is asked for, not when stored. */
  epoch(): number;
  /** A login: the tokens of a new session. */
  start(tokens: EmnifyTokens): Promise<void>;
  /** A logout or a changed password: no session. */
  end(): Promise<void>;
  /** Stores `next` if the stored session is still the expected one; true when it did. */
  replaceIf(expected: SessionExpectation, next: EmnifyTokens): Promise<boolean>;
  /** Clears the tokens if the stored session is still the expected one; true when it did. */
  clearIf(expected: SessionExpectation): Promise<boolean>;
};

function matches(stored: EmnifyTokens | undefined, expected: SessionExpectation): boolean {
  return (
    stored !== undefined &&
    (expected.authToken === undefined || stored.authToken === expected.authToken) &&
    (expected.refreshToken === undefined || stored.refreshToken === expected.refreshToken)
  );
}

export function createSessionTokens(store: TokenStore): SessionTokens {
  let epoch = 0;
  let queue: Promise<unknown> = Promise.resolve();

  function serially<T>(write: () => Promise<T>): Promise<T> {
    const run = queue.then(write);
    // A failed write is the caller's error; it must not block the writes queued after it.
    queue = run.catch(() => undefined);
    return run;
  }

  function start(tokens: EmnifyTokens): Promise<void> {
    epoch += 1;
    return serially(() => store.set(tokens));
  }

  function end(): Promise<void> {
    epoch += 1;
    return serially(() => store.clear());
  }

  /** Runs `write` if, after reading the store, the expected session is still there. */
  function ifStill(expected: SessionExpectation, write: () => Promise<void>): Promise<boolean> {
    return serially(async () => {
      const stored = await store.get();
      // The epoch is read after the await: a logout asked for meanwhile counts.
      if (epoch !== expected.epoch || !matches(stored, expected)) return false;
      await write();
      return true;
    });
  }

  return {
    get: () => store.get(),
    epoch: () => epoch,
    start,
    end,
    replaceIf: (expected, next) => ifStill(expected, () => store.set(next)),
    clearIf: (expected) => ifStill(expected, () => store.clear()),
  };
}
