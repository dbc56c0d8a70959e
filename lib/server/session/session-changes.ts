// Changes to the stored server session are made one at a time, and every ending is counted. A
// login's answer can come back after its session was ended meanwhile (a logout, a lock, a cancelled
// MFA step, another login): it is kept only if no ending came in between, checked and written in
// one turn, so that an ending cannot slip between the check and the write. No server is ever
// waited for in here: an ending never waits for a network call.

let queue: Promise<unknown> = Promise.resolve();
let endings = 0;

/** How many times this worker has ended a session or a pending MFA step. */
export function sessionEndings(): number {
  return endings;
}

/** Counts an ending; call it from inside `changeSessionSerially`. */
export function countSessionEnding(): void {
  endings += 1;
}

/** Runs `change` once every change queued before it has finished. */
export function changeSessionSerially<T>(change: () => Promise<T>): Promise<T> {
  const run = queue.then(change);
  // A failed change is its caller's error; it must not block the changes queued after it.
  queue = run.catch(() => undefined);
  return run;
}
