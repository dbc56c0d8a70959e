import { render, type ComponentChild } from 'preact';
import { sendMessage, unwrapReply } from '../../lib/protocol/client';
import { t, uiLocale } from '../../lib/i18n/t';
import { applyTheme } from '../../lib/ui/apply-theme';
import { ErrorMessage } from '../../lib/ui/error-message';
import { FIRST_SCREEN_ROWS } from '../../lib/ui/layout';
import type { OpeningWindow } from '../popup-opening';
import { App } from './App';
import '../../lib/ui/theme.css';

const root = document.getElementById('app')!;
// The page says it is in English; it is in the language the messages are shown in, which screen
// readers pronounce by and the browser hyphenates and spell-checks by.
document.documentElement.lang = uiLocale();
// The HTML's placeholder has no words of its own (the page cannot know the language): they come
// here, usually long before the background's answer.
const placeholder = root.querySelector('.loading');
if (placeholder) placeholder.textContent = t('popupOpening');
// While the opening request travels: the stored theme is in place before anything is drawn. If it
// cannot be read, the system's light or dark preference stays.
applyTheme().catch(() => undefined);

// Usually popup-opening.ts has already sent the opening request while this bundle loaded; if it
// has not run yet, the request goes out now.
const early = (window as OpeningWindow).openingReply;
const opening = early ? early.then((reply) => unwrapReply(reply)) : sendMessage('popup.open', { firstRows: FIRST_SCREEN_ROWS });

// The page shows "Opening…" until the background answers; the answer is rendered
// the moment it arrives, not a frame later from an effect.
opening.then(
  (snapshot) => show(<App opening={snapshot} />),
  (error: Error) => show(<ErrorMessage message={error.message} />),
);

/** Preact renders next to what is already in the container, so the placeholder goes first. */
function show(view: ComponentChild) {
  root.replaceChildren();
  root.removeAttribute('aria-busy');
  render(view, root);
}
