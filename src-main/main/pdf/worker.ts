/**
 * The PDF worker thread (bundled as out/main/pdf-worker.js): layout and rendering run here so a
 * long report never stalls the main process's event loop. Thin glue around handleWorkerJob.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPdfEngine } from './engine';
import { handleWorkerJob, type PdfWorkerData, type PdfWorkerJob } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('pdf-worker must be started as a worker thread');
const engine = createPdfEngine({ fontDir: (workerData as PdfWorkerData).fontDir });

port.on('message', (job: PdfWorkerJob) => {
  void handleWorkerJob(engine, job).then((reply) => {
    // hand the bytes over instead of copying them
    port.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
  });
});
