import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code. Renderer data tests run on fake-indexeddb in Node;
// anything that needs a real browser belongs in tests/e2e (Playwright).
export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/unit-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
