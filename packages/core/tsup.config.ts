import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'ticket/index': 'src/ticket/index.ts',
    'model/index': 'src/model/index.ts',
    'analyze/index': 'src/analyze/index.ts',
    'thread/index': 'src/thread/index.ts',
    'schedule/index': 'src/schedule/index.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
});
