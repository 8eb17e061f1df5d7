import { parentPort } from 'node:worker_threads';
import { inflateCapped, type InflateRequest, type InflateResponse } from './inflate-core';

/**
 * Worker thread entry (bundled by electron-vite as out/main/inflate-worker.js): decompression of
 * files from the share runs here so a slow or hostile file never freezes the window.
 */
parentPort?.on('message', (request: InflateRequest) => {
  const result = inflateCapped(request.gz, request.maxBytes);
  const response: InflateResponse = { id: request.id, result };
  // Transfer the output instead of copying it.
  parentPort!.postMessage(response, result.ok ? [result.bytes.buffer as ArrayBuffer] : []);
});
