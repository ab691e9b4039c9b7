/**
 * Worker thread for `rapport analyze --workers n`: loads the same configuration as the main
 * thread, then analyzes batches of already-validated input lines and returns their output lines
 * (serialised here, so the main thread only writes).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from './config-file.js';
import { analyzeLine, type AnalyzeJob, type WorkerSetup } from './analyze-line.js';

const setup = workerData as WorkerSetup;
const ready = loadConfig(setup.configPath, setup.cwd);

parentPort?.on('message', (batch: { seq: number; jobs: AnalyzeJob[] }) => {
  ready.then(
    (config) => {
      const lines = batch.jobs.map((job) => analyzeLine(config.analyzer, job, setup));
      parentPort?.postMessage({ seq: batch.seq, lines });
    },
    (error: unknown) => parentPort?.postMessage({ seq: batch.seq, error: (error as Error).message }),
  );
});
