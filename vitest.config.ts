import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    // The CLI takes its language from the locale when --lang is absent: tests that expect Chinese
    // must not depend on the machine's locale (a CI runner may have LANG=en_US.UTF-8).
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
