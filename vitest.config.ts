import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll's 1 s default is too short on two shared cores: a render after a keystroke can take longer.
          expect: { poll: { timeout: 5_000 } },
          // Two cores here: two browser files at a time keeps Chromium responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
