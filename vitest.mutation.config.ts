import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of `src/core`: the framework-free ones, in Node
 * (about three times faster than jsdom). Timing tests are left out: a mutant that slows the
 * reader is caught by them in `npm test`, not by a run that measures every mutant's speed.
 */
export default defineConfig({
  test: {
    environment: 'node',
    globals: true,
    include: ['test/core/**/*.test.ts', 'test/ApiError.test.ts', 'test/security/screen.test.ts'],
    exclude: ['test/core/linearReading.test.ts', 'test/core/frameworkFree.test.ts'],
    setupFiles: ['test/mutationSetup.ts'],
  },
});
