/**
 * The rule that keeps one user's lists from appearing under another: only the newest request's
 * answer may be shown, and only when it is about the user that request asked for. Dropping every
 * request in flight is for a change of login, after which no earlier answer is valid.
 */
export function newestAnswer() {
  let turn = 0;
  return {
    /** Starts a request about `userId`; the check says whether an answer to it may be shown. */
    begin(userId: number): (answeredFor: number) => boolean {
      const mine = ++turn;
      return (answeredFor) => mine === turn && answeredFor === userId;
    },
    dropAll(): void {
      turn += 1;
    },
  };
}
