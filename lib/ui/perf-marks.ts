/**
 * Named moments in a page's life, recorded with the standard User Timing API so benchmarks (and
 * the browser's own performance panel) can read them. Recording one costs next to nothing.
 */
export const CODES_VISIBLE_MARK = 'otp:codes-visible';
/** The unlock form is on screen: a popup that needed one message and almost no rendering. */
export const UNLOCK_FORM_MARK = 'otp:unlock-form-visible';

const marked = new Set<string>();

/** Records `name` the first time it happens in this page, and never again. */
export function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}
