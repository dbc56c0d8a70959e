import { render } from 'preact';
import { t, uiLocale } from '../../lib/i18n/t';
import { applyTheme } from '../../lib/ui/apply-theme';
import { App } from './App';
import '../../lib/ui/theme.css';
import './options.css';

// The page speaks the language of its messages: screen readers pronounce it so, and the browser
// does not offer to translate it. The tab's title follows.
document.documentElement.lang = uiLocale();
document.title = t('managePageTitle');
// If the stored theme cannot be read, the system's light or dark preference stays.
applyTheme().catch(() => undefined);
const root = document.getElementById('app')!;
root.replaceChildren();
render(<App />, root);
