import { render } from 'preact';

function App() {
  return <main class="pc-popup"><h1>Papers Companion</h1></main>;
}
render(<App />, document.getElementById('app')!);
