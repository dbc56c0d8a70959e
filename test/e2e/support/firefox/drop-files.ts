// Files dropped on an element of a page, as a user dragging them from the desktop would, in
// Firefox: the driver cannot drag from outside the browser, so the page is handed the same
// DragEvents with a DataTransfer holding the files.
import type { PageElement } from './page-elements';

export interface FileToDrop {
  name: string;
  bytes: Buffer;
}

export async function dropFiles(target: PageElement, files: FileToDrop[]): Promise<void> {
  const handle = await target.handle();
  try {
    await handle.evaluate(
      (element, list) => {
        const transfer = new DataTransfer();
        for (const { name, base64 } of list) {
          transfer.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name));
        }
        for (const type of ['dragenter', 'dragover', 'drop']) {
          element.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      files.map(({ name, bytes }) => ({ name, base64: bytes.toString('base64') })),
    );
  } finally {
    await handle.dispose();
  }
}
