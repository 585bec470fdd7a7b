import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The widget's tests run in Chromium under @web/test-runner.
    exclude: ['tests/widget/**'],
    // The CLI tests run the built command in child processes; two cores, so keep a little headroom.
    testTimeout: 30_000,
  },
});
