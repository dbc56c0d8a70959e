import { useState } from 'preact/hooks';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dropped on an element (the import form): the handlers to spread on it, and whether files
 * are being dragged over it, for a visible cue. Drops of anything but files (text, links) are
 * left to the browser. Choosing files with the inputs stays the keyboard's way to the same thing.
 */
export function useFileDrop(onFiles: (files: File[]) => void) {
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver(event: DragEvent) {
        if (!carriesFiles(event)) return;
        // Without this the browser would open the file in the tab, leaving the page.
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave(event: DragEvent) {
        // Moving between the form's own fields is no leaving.
        const target = event.currentTarget as Node | null;
        if (!target?.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop(event: DragEvent) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        onFiles([...(event.dataTransfer?.files ?? [])]);
      },
    },
  };
}
