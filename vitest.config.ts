import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // e2e tests spawn the built binary; two cores, so keep parallelism modest
    maxWorkers: 2,
    testTimeout: 30_000,
    // Ink draws nothing until exit when $CI is set (is-in-ci). The shipped TUI
    // bundle ignores $CI (scripts/bundle-tui.mjs) since browse only ever runs on
    // a terminal; the tests that drive src/tui directly need the same, in CI too.
    env: { CI: 'false' },
    // the JSON report is what .ci/run counts; the default reporter is for people
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
  },
});
