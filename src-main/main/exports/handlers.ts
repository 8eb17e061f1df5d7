import { extname } from 'node:path';
import type { z } from 'zod';
import type { exportContract } from '../../shared/ipc/channels/export';
import { IpcError } from '../../shared/ipc/errors';
import { toSafeFileName } from '../../shared/pdf/file-name';
import { missionReportXlsx } from './mission-report-xlsx';
import { complaintReportXlsx } from './complaint-report-xlsx';
import { surveyXlsx } from './survey-xlsx';

type ExportChannel = keyof typeof exportContract;
type Input<C extends ExportChannel> = z.output<(typeof exportContract)[C]['input']>;
type Output<C extends ExportChannel> = z.output<(typeof exportContract)[C]['output']>;
export type ExportHandlers = { [C in ExportChannel]: (input: Input<C>) => Promise<Output<C>> };

export interface ExportFilter {
  name: string;
  extensions: string[];
}

export interface ExportHandlerDeps {
  /** The save dialog at `defaultFileName`; the chosen path, or null when the user closed it. */
  chooseExportPath(defaultFileName: string, filter: ExportFilter): Promise<string | null>;
  /** Writes the whole file, replacing any old one only once fully written. */
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** A stored blob's verified bytes (main's blob store), or null when this workstation lacks it. */
  readBlob(id: string): Promise<Uint8Array | null>;
}

/** "รายงาน.XLSX" keeps its extension; anything else gets `ext` added. */
function withExtension(filePath: string, ext: string): string {
  return extname(filePath).toLowerCase() === `.${ext}` ? filePath : `${filePath}.${ext}`;
}

/**
 * Save dialogs for what the renderer exports. Asks first (a user who cancels never waits for
 * a workbook to be built), then writes atomically; failures reach the renderer as `cancelled`
 * or `io-failure`.
 */
export function createExportHandlers(deps: ExportHandlerDeps): ExportHandlers {
  async function save(suggested: string, ext: string, filter: ExportFilter, bytes: () => Promise<Uint8Array> | Uint8Array) {
    const chosen = await deps.chooseExportPath(toSafeFileName(suggested, ext), filter);
    if (chosen === null) throw new IpcError({ code: 'cancelled' });
    const filePath = ext ? withExtension(chosen, ext) : chosen;
    const content = await bytes();
    try {
      await deps.writeFile(filePath, content);
    } catch (error) {
      throw new IpcError({ code: 'io-failure', detail: error instanceof Error ? error.message : String(error) });
    }
    return { filePath, byteLength: content.byteLength };
  }

  /** The file keeps its own extension (".docx", ".csv"), made safe like the rest of the name. */
  function saveUnderOwnExtension(suggestedFileName: string, bytes: Uint8Array) {
    const ext = extname(suggestedFileName).slice(1).replace(/[^a-z0-9]/gi, '').slice(0, 10);
    const base = ext ? suggestedFileName.slice(0, -(ext.length + 1)) : suggestedFileName;
    return save(base, ext, { name: ext ? ext.toUpperCase() : 'File', extensions: ext ? [ext] : ['*'] }, () => bytes);
  }

  return {
    'export:mission-report-xlsx': ({ report, suggestedFileName }) =>
      save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => missionReportXlsx(report)),
    'export:survey-xlsx': ({ report, responses, suggestedFileName }) =>
      save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => surveyXlsx(report, responses)),
    'export:json-file': ({ json, suggestedFileName }) =>
      save(suggestedFileName, 'json', { name: 'JSON', extensions: ['json'] }, () => new TextEncoder().encode(json)),
    'export:file': ({ bytes, suggestedFileName }) => saveUnderOwnExtension(suggestedFileName, bytes),
    'export:attachment': async ({ blobId, suggestedFileName }) => {
      // Checked before the dialog: a file not received from the share yet is said so at once.
      const bytes = await deps.readBlob(blobId);
      if (!bytes) throw new IpcError({ code: 'not-found', detail: blobId });
      return saveUnderOwnExtension(suggestedFileName, bytes);
    },
    'export:complaint-report-xlsx': ({ report, suggestedFileName }) =>
      save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => complaintReportXlsx(report)),
  };
}
