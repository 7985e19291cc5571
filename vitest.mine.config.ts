import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: { include: ['tests/e2e/overlay.e2e.ts', 'tests/e2e/beyond.e2e.ts'], environment: 'node', testTimeout: 90_000, hookTimeout: 60_000, fileParallelism: false },
});
