// Content-script timing.
/** Main-thread work shows in DevTools' performance panel (and the benchmark reads it). */
export function timed(name: string, fn: () => void): void {
  const start = performance.now();
  try {
    fn();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
