import { render } from 'preact';

function App() {
  return <main class="pc-options"><h1>Papers Companion options</h1></main>;
}
render(<App />, document.getElementById('app')!);
