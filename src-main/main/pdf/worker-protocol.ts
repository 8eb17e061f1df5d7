import type { PdfRenderRequest } from '../../shared/pdf/documents';
import type { PdfEngine } from './engine';
import { renderRequest } from './render-request';

/** Given to the worker when it starts (`workerData`). */
export interface PdfWorkerData {
  fontDir: string;
}

export interface PdfWorkerJob {
  id: number;
  request: PdfRenderRequest;
}

export type PdfWorkerReply =
  | { id: number; ok: true; bytes: Uint8Array; pageCount: number }
  | { id: number; ok: false; message: string };

/** What the worker does with one job; never throws, so the pool always hears back. */
export async function handleWorkerJob(engine: PdfEngine, job: PdfWorkerJob): Promise<PdfWorkerReply> {
  try {
    const { bytes, pageCount } = await renderRequest(engine, job.request);
    return { id: job.id, ok: true, bytes, pageCount };
  } catch (error) {
    return { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
