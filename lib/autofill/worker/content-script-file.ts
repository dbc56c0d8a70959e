/** The content script's file in the built extension (entrypoints/content-script.ts), injected on demand. */
export const CONTENT_SCRIPT = '/content-script.js';
