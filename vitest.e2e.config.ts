import { defineConfig } from 'vitest/config';

/** End-to-end journeys in Debian's Chromium against the web host, one file at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // One more try for a journey that fails: a browser on a busy two-core machine can miss a
    // frame. A real fault fails both tries.
    retry: 1,
  },
});
