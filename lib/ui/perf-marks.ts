/**
 * Named moments in a page's life, recorded with the standard User Timing API so benchmarks (and
 * the browser's own performance panel) can read them. Recording one costs next to nothing.
 */
export const CODES_VISIBLE_MARK = 'otp:codes-visible';
/** The unlock form is on screen: a popup that needed one message and almost no rendering. */
export const UNLOCK_FORM_MARK = 'otp:unlock-form-visible';

const marked = new Set<string>();
const scheduled = new Set<string>();

/** Records `name` the first time it happens in this page, and never again. */
export function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

/**
 * Records `name` once, in the first task after the next frame: the moment what is being rendered
 * now is on screen. Called while rendering, so that it is queued ahead of the effects Preact runs
 * after the same frame (focusing a field, asking for the rest of the list): what the user sees
 * does not wait for them, and neither does the mark.
 */
export function markAfterPaint(name: string): void {
  if (scheduled.has(name)) return;
  scheduled.add(name);
  requestAnimationFrame(() => setTimeout(() => markOnce(name)));
}
