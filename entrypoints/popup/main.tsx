import { render, type ComponentChild } from 'preact';
import { sendMessage, unwrapReply } from '../../lib/protocol/client';
import { applyTheme } from '../../lib/ui/apply-theme';
import { ErrorMessage } from '../../lib/ui/error-message';
import { FIRST_SCREEN_ROWS } from '../../lib/ui/layout';
import type { OpeningWindow } from '../popup-opening';
import { App } from './App';
import '../../lib/ui/theme.css';

const root = document.getElementById('app')!;
// While the opening request travels: the stored theme is in place before anything is drawn. If it
// cannot be read, the system's light or dark preference stays.
applyTheme().catch(() => undefined);

// Usually popup-opening.ts has already sent the opening request while this bundle loaded; if it
// has not run yet, the request goes out now.
const early = (window as OpeningWindow).openingReply;
const opening = early ? early.then((reply) => unwrapReply(reply)) : sendMessage('popup.open', { firstRows: FIRST_SCREEN_ROWS });

// The page shows "Opening…" from its HTML until the background answers; the answer is rendered
// the moment it arrives, not a frame later from an effect.
opening.then(
  (snapshot) => show(<App opening={snapshot} />),
  (error: Error) => show(<ErrorMessage message={error.message} />),
);

/** Preact renders next to what is already in the container, so the placeholder goes first. */
function show(view: ComponentChild) {
  root.replaceChildren();
  render(view, root);
}
