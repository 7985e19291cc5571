import { render } from 'preact';
import '../../components/ui.css';
import './style.css';
import { App } from './app';
import { startPageState } from './page-status';

startPageState();

render(<App />, document.getElementById('app')!);
