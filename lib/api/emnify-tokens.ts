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
  /** A login's tokens: a new session. */
  set(tokens: EmnifyTokens): Promise<void>;
  /** Renewed tokens, stored only if `current` is still what is stored; true when stored. */
  replace(current: EmnifyTokens, next: EmnifyTokens): Promise<boolean>;
  /** Forgets the tokens: `current` only if they are still the stored ones, or any without it. */
  clear(current?: EmnifyTokens): Promise<void>;
}

/** A TokenStore in memory, for tests and for callers that keep tokens elsewhere. */
export function createMemoryTokenStore(initial?: EmnifyTokens): TokenStore {
  let tokens = initial;
  return {
    get: async () => tokens,
    set: async (next) => {
      tokens = { ...next };
    },
    replace: async (current, next) => {
      if (tokens !== current) return false;
      tokens = { ...next };
      return true;
    },
    clear: async (current) => {
      if (current === undefined || tokens === current) tokens = undefined;
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

  /** Runs `write` on the stored tokens if, after reading the store, the expected session is still there. */
  function ifStill(expected: SessionExpectation, write: (stored: EmnifyTokens) => Promise<boolean>): Promise<boolean> {
    return serially(async () => {
      const stored = await store.get();
      // The epoch is read after the await: a logout asked for meanwhile counts.
      if (stored === undefined || epoch !== expected.epoch || !matches(stored, expected)) return false;
      // The store checks once more: it may be shared with writers outside this client.
      return write(stored);
    });
  }

  return {
    get: () => store.get(),
    epoch: () => epoch,
    start,
    end,
    replaceIf: (expected, next) => ifStill(expected, (stored) => store.replace(stored, next)),
    clearIf: (expected) =>
      ifStill(expected, async (stored) => {
        await store.clear(stored);
        return true;
      }),
  };
}
