import { render, type ComponentChild } from 'preact';
import { unwrapReply } from '../../lib/protocol/client';
import type { PopupSnapshot } from '../../lib/protocol/protocol';
import { t, uiLocale } from '../../lib/i18n/t';
import { applyTheme } from '../../lib/ui/apply-theme';
import { ErrorMessage } from '../../lib/ui/error-message';
import { sameFirstScreen, startOpening, type OpeningWindow } from '../../lib/ui/popup-opening';
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

// Usually popup-opening.ts has already started the opening while this bundle loaded; if it has
// not run yet, it starts now (and that script, running later, finds it started).
const opening = ((window as OpeningWindow).opening ??= startOpening());
const answer = () => opening.ask().then((reply) => unwrapReply(reply));

opening.kept.then((kept) => {
  if (!kept) {
    // The page shows "Opening…" until the background answers; the answer is rendered the moment
    // it arrives, not a frame later from an effect.
    answer().then(showApp, (error: Error) => show(<ErrorMessage message={error.message} />));
    return;
  }
  // The screen the background kept is painted now; the background is asked after that frame. Its
  // answer replaces the screen only if it differs (the kept screen is never older than the last
  // change, so this is a safeguard); if it cannot be had, the screen's own requests say why.
  showApp(kept);
  requestAnimationFrame(() =>
    setTimeout(() => {
      answer().then(
        (fresh) => sameFirstScreen(kept, fresh) || showApp(fresh, 'answered'),
        () => undefined,
      );
    }),
  );
});

function showApp(snapshot: PopupSnapshot, key = 'kept') {
  show(<App key={key} opening={snapshot} />);
}

let shown = false;

/** Preact renders next to what is already in the container, so the placeholder goes first (once). */
function show(view: ComponentChild) {
  if (!shown) {
    root.replaceChildren();
    root.removeAttribute('aria-busy');
    shown = true;
  }
  render(view, root);
}
