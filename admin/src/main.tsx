import { render } from 'preact';
import { App } from './app/app.tsx';
import './styles/admin.css';

render(<App />, document.getElementById('app')!);
