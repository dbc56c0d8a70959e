/**
 * The base of every error whose message this extension wrote for users: one sentence that names no
 * secret. Only these cross from the background to a page with their name and message
 * (lib/messaging/remote-error.ts); any other error, a library's or the platform's, is reported as a
 * generic failure, so an unexpected message can never carry a seed or a token out of the background.
 * Being a class rather than a list of names, a new typed error cannot be forgotten: it is shown as
 * written when it extends this, and generic when it does not.
 */
export abstract class UserFacingError extends Error {
  /** Each typed error names itself: the name is how a page tells one failure from another. */
  abstract override readonly name: string;
}
