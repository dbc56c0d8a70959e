import { render } from 'preact';

render(<p>OTP Companion</p>, document.getElementById('app')!);
