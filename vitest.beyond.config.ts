import { defineConfig } from 'vitest/config';

// The "beyond the anchors" E2E tests alone (keyboard, momentum, for-you), without the shared global setup.
// PC_EXTENSION_DIR may point at a private build so concurrent rebuilds of .output do not interfere.
export default defineConfig({
  test: { include: ['tests/e2e/beyond.e2e.ts'], environment: 'node', testTimeout: 90_000, hookTimeout: 60_000, fileParallelism: false },
});
