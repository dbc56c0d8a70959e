import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOpening, type OpeningWindow } from '../lib/ui/popup-opening';

/**
 * Loaded `async` from the popup's <head>, so the opening starts while the main bundle loads (if
 * the bundle ran first, it started the opening itself).
 */
export default defineUnlistedScript(() => {
  (window as OpeningWindow).opening ??= startOpening();
});
