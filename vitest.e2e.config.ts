import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** End-to-end journeys in Debian's Chromium against the web host. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Each file has its own data folder, web host (on a port of its own) and Chromium, so files
    // cannot see each other. A journey mostly waits on the browser and the host (about two thirds
    // of one core), so two files at a time keep CI's two cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // One more try for a journey that fails: a browser on a busy two-core machine can miss a
    // frame. A real fault fails both tries.
    retry: 1,
  },
});
