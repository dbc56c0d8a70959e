import { render } from 'preact';
import { applyTheme } from '../../lib/ui/apply-theme';
import { App } from './App';
import '../../lib/ui/theme.css';
import './options.css';

// If the stored theme cannot be read, the system's light or dark preference stays.
applyTheme().catch(() => undefined);
const root = document.getElementById('app')!;
root.replaceChildren();
render(<App />, root);
