import { render } from 'preact';
import { App } from './App';
import '../../lib/ui/theme.css';
import './options.css';

const root = document.getElementById('app')!;
root.replaceChildren();
render(<App />, root);
