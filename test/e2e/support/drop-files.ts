// Dropping files on an element of a page, as a user drags them from the file manager: a
// DataTransfer holding the files, sent with dragover and drop.
import type { Locator, Page } from 'playwright-core';

export interface FileToDrop {
  name: string;
  type: string;
  base64: string;
  /**
   * Re-encode the picture in the page with the browser's own encoder ('image/jpeg', 'image/webp'),
   * for picture formats Node cannot write.
   */
  reencode?: 'image/jpeg' | 'image/webp';
}

export async function dropFiles(page: Page, target: Locator, files: FileToDrop[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(async (list) => {
    const transfer = new DataTransfer();
    for (const { name, type, base64, reencode } of list) {
      let blob: Blob = new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type });
      if (reencode) {
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
        blob = await canvas.convertToBlob({ type: reencode, quality: 0.95 });
      }
      transfer.items.add(new File([blob], name, { type }));
    }
    return transfer;
  }, files);
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
