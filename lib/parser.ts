/**
 * Anything that checks an unknown value: a zod schema fits, and so does a small hand-written one
 * where zod must not go (pages, the content script). Messages and stored values are both read
 * through one.
 */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}
