import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../../lib/i18n/t';

/**
 * How long the page offers an undo: long enough to read the notice and reach the button with a
 * screen reader, and short of the background's window (UNDO_WINDOW_MS, lib/vault/deleted-accounts.ts)
 * so that a click in the last second still works.
 */
export const UNDO_SHOWN_MS = 20_000;

export interface Notice {
  message: string;
  /** Set while the change can be undone. */
  undo?: () => void;
}

interface UndoNoticeProps {
  notice: Notice | undefined;
  /** The offer ran out: the page drops its undo. */
  onExpired: () => void;
  /** Where the focus goes when the Undo button it was on goes away by itself. */
  onFocusLost: () => void;
}

/**
 * A status region (always drawn, so screen readers announce what is written into it) with an
 * "Undo" button for a short while. Deleting removes the row the focus was on, so focus comes here.
 */
export function UndoNotice({ notice, onExpired, onFocusLost }: UndoNoticeProps) {
  const [shown, setShown] = useState<Notice | undefined>();
  const undoRef = useRef<HTMLButtonElement>(null);
  // The latest callbacks, so a re-render of the page neither restarts the timer nor moves focus.
  const callbacks = useRef({ onExpired, onFocusLost });
  callbacks.current = { onExpired, onFocusLost };
  useEffect(() => setShown(notice), [notice]);

  useEffect(() => {
    if (!shown?.undo) return;
    undoRef.current?.focus();
    const timer = setTimeout(() => {
      if (document.activeElement === undoRef.current) callbacks.current.onFocusLost();
      callbacks.current.onExpired();
    }, UNDO_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  return (
    <div class="undo-notice notice" role="status">
      {shown?.message}
      {shown?.undo && (
        <button ref={undoRef} type="button" onClick={shown.undo}>
          {t('manageUndo')}
        </button>
      )}
    </div>
  );
}
