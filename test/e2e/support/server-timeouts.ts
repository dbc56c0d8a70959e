// How long the server steps may take, the same in every browser.

/** Room for the background's HTTP round trips on a slow machine. */
export const SERVER_STEP_TIMEOUT = 15_000;
/**
 * Room for "the code from this vault" when the last code of that key was spent in the current
 * 30 s step: the extension waits for the next step before it sends one (RFC 6238 §5.2).
 */
export const FRESH_CODE_TIMEOUT = 45_000;
