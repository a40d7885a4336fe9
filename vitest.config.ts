import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // e2e tests spawn the built binary; two cores, so keep parallelism modest
    maxWorkers: 2,
    testTimeout: 30_000,
    // the JSON report is what .ci/run counts; the default reporter is for people
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
  },
});
