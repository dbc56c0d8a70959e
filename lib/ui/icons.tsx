// The popup's icons: a few strokes each, drawn here and shipped in the bundle (nothing is fetched).
// Decorative: the button around an icon carries the name (IconButton), so each is aria-hidden.
import type { JSX } from 'preact';

function Icon({ children }: { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg class="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const PlusIcon = () => (
  <Icon>
    <path d="M10 4v12M4 10h12" />
  </Icon>
);

/** A viewfinder's corners across a scan line: "scan a QR code". */
export const ScanIcon = () => (
  <Icon>
    <path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4M5 10h10" />
  </Icon>
);

export const LockIcon = () => (
  <Icon>
    <rect x="4" y="9" width="12" height="8" rx="1.5" />
    <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
  </Icon>
);

/** A window with an arrow out of it: the management page opens in a tab of its own. */
export const ManageIcon = () => (
  <Icon>
    <path d="M11 3h6v6M17 3l-7 7M15 12v4a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h4" />
  </Icon>
);

/** Two sliders: preferences. */
export const SettingsIcon = () => (
  <Icon>
    <path d="M3 6h14M3 14h14" />
    <circle class="knob" cx="7" cy="6" r="2" />
    <circle class="knob" cx="13" cy="14" r="2" />
  </Icon>
);

/** A pushpin, filled once the account is pinned to the top of the list. */
export const PinIcon = ({ pinned }: { pinned: boolean }) => (
  <Icon>
    <path class={pinned ? 'filled' : undefined} d="M7 3h6l-1 5 3 4H5l3-4z" />
    <path d="M10 12v5" />
  </Icon>
);
