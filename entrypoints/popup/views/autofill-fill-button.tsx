import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../lib/i18n/t';

interface FillButtonProps {
  /** The account's name (accountName), for the button's accessible name. */
  name: string;
  /** What the button shows: "Fill" in a row, the account's name among a waiting fill's choices. */
  text: string;
  /** Another fill is under way: clicks are refused, but the button keeps the focus. */
  blocked: boolean;
  /** A confirmation this button opened was cancelled: the focus comes back here. */
  returning: boolean;
  onFill: () => void;
}

/** Asks the background to fill this account's code into the page. */
export function FillButton({ name, text, blocked, returning, onFill }: FillButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  // The confirmation took the focus and is gone: the keyboard goes on from where the user was.
  useEffect(() => {
    if (returning) ref.current?.focus();
  }, [returning]);
  return (
    <button
      ref={ref}
      type="button"
      class="fill"
      aria-label={t('popupFillCodeFor', { name })}
      aria-disabled={blocked || undefined}
      onClick={() => !blocked && onFill()}
    >
      {text}
    </button>
  );
}
