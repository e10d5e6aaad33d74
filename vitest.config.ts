import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Unit and integration tests: real SQLite files in temporary folders, no browser. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one file at a time on CI's two cores,
    // with the second core idle while the main process waits. Every core runs a file instead.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
