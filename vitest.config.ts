import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.js';

// `@rapport/source` is the custom export condition that points every workspace package at its
// TypeScript sources, so tests and examples need no build step (published exports use dist/).
const conditions = ['@rapport/source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@rapport/source'] } },
  test: {
    projects,
    testTimeout: 30_000,
  },
});
