import { describe, expect, it } from 'vitest';
import type { PdfEngine } from './engine';
import { allPdfSamples } from './samples';
import { handleWorkerJob } from './worker-protocol';

const request = allPdfSamples()[0]?.request;
if (!request) throw new Error('no samples');

describe('handleWorkerJob', () => {
  it('answers with the bytes and page count under the job id', async () => {
    const engine: PdfEngine = { measure: (s) => s.length, splitByFont: () => null, render: () => Promise.resolve({ bytes: new Uint8Array([1, 2]), pageCount: 1 }) };
    await expect(handleWorkerJob(engine, { id: 7, request })).resolves.toEqual({ id: 7, ok: true, bytes: new Uint8Array([1, 2]), pageCount: 1 });
  });

  it('answers with the error instead of throwing', async () => {
    const engine: PdfEngine = { measure: (s) => s.length, splitByFont: () => null, render: () => Promise.reject(new Error('font missing')) };
    await expect(handleWorkerJob(engine, { id: 8, request })).resolves.toEqual({ id: 8, ok: false, message: 'font missing' });
  });
});
