import { render } from 'preact';
import { App } from './App';
import '../../lib/ui/theme.css';

render(<App />, document.getElementById('app')!);
