// The 1280×800 canvas a popup is shown on in the stores: the popup, enlarged a little, beside a
// caption. It is drawn in the extension's own colours (lib/ui/theme.css, read as it is), so light
// and dark follow the product's palette, and Chromium renders it: no image library.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** The size both stores take without scaling. */
export const STORE_SIZE = { width: 1280, height: 800 } as const;

export type ColorScheme = 'light' | 'dark';

export interface Caption {
  title: string;
  detail: string;
}

/** A screenshot of the popup and its size in CSS pixels (the picture itself may be denser). */
export interface PopupShot {
  png: Buffer;
  width: number;
  height: number;
}

/** How much larger than life the popup is shown, at most: enough to read, not so much it looks blown up. */
const MAX_ENLARGEMENT = 1.5;
/** Room kept above and below the popup. */
const VERTICAL_MARGIN = 64;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

export function frameHtml(popup: PopupShot, caption: Caption): string {
  const scale = Math.min(MAX_ENLARGEMENT, (STORE_SIZE.height - 2 * VERTICAL_MARGIN) / popup.height);
  const theme = readFileSync(resolve('lib/ui/theme.css'), 'utf8');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<style>
${theme}
html, body { margin: 0; max-width: none; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; }
body { background: var(--field); }
.frame {
  box-sizing: border-box; height: 100%; padding: 0 96px;
  display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 80px;
}
.name { color: var(--accent); font-size: 18px; font-weight: 600; margin: 0; }
h1 { font-size: 38px; line-height: 1.2; margin: 12px 0 18px; }
.detail { color: var(--muted); font-size: 20px; line-height: 1.5; margin: 0; }
img {
  display: block; width: ${Math.round(popup.width * scale)}px; height: ${Math.round(popup.height * scale)}px;
  border-radius: 12px; border: 1px solid var(--line);
  box-shadow: 0 24px 60px rgb(0 0 0 / 0.22);
}
</style>
</head>
<body>
<div class="frame">
  <div>
    <p class="name">OTP Companion</p>
    <h1>${escapeHtml(caption.title)}</h1>
    <p class="detail">${escapeHtml(caption.detail)}</p>
  </div>
  <img alt="" src="data:image/png;base64,${popup.png.toString('base64')}">
</div>
</body>
</html>`;
}

/** A picture that fills the whole canvas, such as the management page taken at a smaller size. */
function fullCanvasHtml(png: Buffer): string {
  const { width, height } = STORE_SIZE;
  return `<!doctype html><html><body style="margin: 0"><img alt="" width="${width}" height="${height}" style="display: block" src="data:image/png;base64,${png.toString('base64')}"></body></html>`;
}

async function render(page: Page, html: string, scheme: ColorScheme): Promise<Buffer> {
  await page.setViewportSize(STORE_SIZE);
  await page.emulateMedia({ colorScheme: scheme });
  await page.setContent(html, { waitUntil: 'load' });
  // CSS pixels: exactly the store's size, with the denser pictures drawn into it.
  return page.screenshot({ scale: 'css' });
}

/** The popup beside its caption, as a 1280×800 PNG in the colour scheme given. */
export function renderFrame(page: Page, popup: PopupShot, caption: Caption, scheme: ColorScheme): Promise<Buffer> {
  return render(page, frameHtml(popup, caption), scheme);
}

/** A picture of a full page, of the store's proportions, enlarged to the store's size. */
export function renderFullCanvas(page: Page, png: Buffer, scheme: ColorScheme): Promise<Buffer> {
  return render(page, fullCanvasHtml(png), scheme);
}
