import type { JSX } from 'preact';
import { useFocusOnArrival } from './use-focus-on-arrival';

interface IconButtonProps {
  /** The button's accessible name, and its tooltip: the icon alone says nothing to a screen reader. */
  label: string;
  icon: JSX.Element;
  onClick: () => void;
  /** What it opened has just closed: the focus comes back here (as OpenerButton does). */
  returning?: boolean;
  /** Its action runs: clicks are refused, but the button keeps the focus (as BusyButton does). */
  busy?: boolean;
  class?: string;
}

/** A compact button that shows an icon and is named by `label`, for a toolbar or a list row. */
export function IconButton({ label, icon, onClick, returning = false, busy = false, class: extra }: IconButtonProps) {
  const ref = useFocusOnArrival<HTMLButtonElement>(returning);
  return (
    <button
      ref={ref}
      type="button"
      class={extra ? `icon-button ${extra}` : 'icon-button'}
      aria-label={label}
      title={label}
      aria-disabled={busy || undefined}
      onClick={() => !busy && onClick()}
    >
      {icon}
    </button>
  );
}

/** The same look for a link that opens a page (the management page's settings, say). */
export function IconLink({ label, icon, href }: { label: string; icon: JSX.Element; href: string }) {
  return (
    <a class="icon-button" href={href} target="_blank" rel="noopener" aria-label={label} title={label}>
      {icon}
    </a>
  );
}
