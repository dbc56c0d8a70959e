import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, uiLocale } from '../../../../lib/i18n/t';

interface DropZoneProps {
  /** The accessible name of the area, e.g. "Import: drop files here". */
  label: string;
  /** Called with the files dropped, in the order the browser lists them. */
  onFiles: (files: File[]) => void;
  children: ComponentChildren;
}

/** Whether a drag carries files (and not text or a link from another page). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * An area that takes files dropped on it, as its file fields take chosen ones. A drop elsewhere
 * on the page keeps the browser's own behaviour; one here never opens the file in the tab.
 */
export function DropZone({ label, onFiles, children }: DropZoneProps) {
  const [over, setOver] = useState(false);
  return (
    <div
      role="group"
      aria-label={label}
      class={over ? 'drop-zone drop-over' : 'drop-zone'}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        // Moving over a child fires a leave on the zone too: only leaving the zone itself counts.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        onFiles([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      {children}
    </div>
  );
}

/** What was dropped on the form, which its file fields cannot show; or how to drop, before anything was. */
export function DroppedFiles({ files, onClear }: { files: File[]; onClear: () => void }) {
  if (files.length === 0) return <p class="muted drop-hint">{t('manageDropHint')}</p>;
  const names = new Intl.ListFormat(uiLocale(), { type: 'unit', style: 'short' });
  return (
    <div class="stack">
      <p>{t('manageDroppedFiles', { files: names.format(files.map((file) => file.name)) })}</p>
      <div class="actions start">
        <button type="button" onClick={onClear}>
          {t('manageRemoveDropped')}
        </button>
      </div>
    </div>
  );
}
