// The vault's one write queue, and the version of its accounts. Every write runs in its own turn,
// so two read-modify-writes never interleave; the turns that touch the accounts or their order
// move the version on, which is how a change prepared from an earlier read can tell it is stale.

export type WriteQueue = {
  /** Runs `work` once every earlier turn has finished, whether that one worked or not. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** The same, for work that writes accounts or their order: the version moves on after it. */
  writingAccounts<T>(work: () => Promise<T>): Promise<T>;
  /**
   * How many turns have written (or tried to write) accounts so far. Read inside a turn, it is
   * the version of the accounts that turn sees. Kept in memory: only this worker writes the vault,
   * and a change prepared before a restart died with the worker that prepared it.
   */
  accountsVersion(): number;
};

export function createWriteQueue(): WriteQueue {
  let queue: Promise<unknown> = Promise.resolve();
  let version = 0;

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  function writingAccounts<T>(work: () => Promise<T>): Promise<T> {
    return exclusive(async () => {
      // Moved on even when the work fails: it may have failed after its write landed, and a
      // version that moves without need only costs the sync one more read.
      try {
        return await work();
      } finally {
        version += 1;
      }
    });
  }

  return { exclusive, writingAccounts, accountsVersion: () => version };
}
