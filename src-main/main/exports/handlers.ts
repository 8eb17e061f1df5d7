import type { z } from 'zod';
import type { exportContract } from '../../shared/ipc/channels/export';
import { IpcError } from '../../shared/ipc/errors';
import { ownSafeExtension, safeSavePath, toSafeFileName } from '../../shared/files/safe-file-name';
import { missionReportXlsx } from './mission-report-xlsx';
import { complaintReportXlsx } from './complaint-report-xlsx';
import { complaintRegisterXlsx } from './complaint-register-xlsx';
import { ropaXlsx } from './ropa-xlsx';
import { complaintRegisterCsv, maskComplainant } from '../../shared/domain/complaint-register';
import type { AuthSession } from '../auth/session';
import { surveyXlsx } from './survey-xlsx';
import { planReportXlsx } from './plan-report-xlsx';
import { coverageReportXlsx } from './coverage-report-xlsx';

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
  /**
   * Who is signed in (issue 19): the PDPA export is an administrator's, and complainants leave
   * only with someone who may see them. Without a session (unit tests of other channels) the PDPA
   * export is refused and complainants are masked: closed, never open.
   */
  session?: Pick<AuthSession, 'require' | 'maySeeComplainant'>;
}

/**
 * Save dialogs for what the renderer exports. Asks first (a user who cancels never waits for
 * a workbook to be built), then writes atomically; failures reach the renderer as `cancelled`,
 * `unsafe-file-name` (shared/files/safe-file-name.ts: the name would end in a program extension,
 * whether suggested or typed into the dialog; nothing written) or `io-failure`.
 */
export function createExportHandlers(deps: ExportHandlerDeps): ExportHandlers {
  async function save(suggested: string, ext: string, filter: ExportFilter, bytes: () => Promise<Uint8Array> | Uint8Array) {
    const chosen = await deps.chooseExportPath(toSafeFileName(suggested, ext), filter);
    if (chosen === null) throw new IpcError({ code: 'cancelled' });
    // The user may have typed any name into the dialog: checked, and given `ext` if it lacks it.
    const filePath = safeSavePath(chosen, ext);
    const content = await bytes();
    try {
      await deps.writeFile(filePath, content);
    } catch (error) {
      throw new IpcError({ code: 'io-failure', detail: error instanceof Error ? error.message : String(error) });
    }
    return { filePath, byteLength: content.byteLength };
  }

  /**
   * The file keeps its own extension (".docx", ".csv"), made safe like the rest of the name. A
   * name that ends in a program extension ("ใบเสนอราคา.pdf.exe", "a.txt:b.exe") is refused before
   * the dialog opens: an attachment synced from another workstation must not land on this
   * desktop as something that runs on a double-click.
   */
  async function saveUnderOwnExtension(suggestedFileName: string, bytes: Uint8Array) {
    const ext = ownSafeExtension(suggestedFileName);
    return await save(suggestedFileName, ext, { name: ext ? ext.toUpperCase() : 'File', extensions: ext ? [ext] : ['*'] }, () => bytes);
  }

  return {
    'export:coverage-report-xlsx': ({ report, charts, suggestedFileName }) =>
      save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => coverageReportXlsx(report, charts)),
    'export:plan-report-xlsx': ({ report, charts, suggestedFileName }) =>
      save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => planReportXlsx(report, charts)),
    'export:mission-report-xlsx': ({ report, suggestedFileName }) =>
      save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => missionReportXlsx(report)),
    'export:survey-xlsx': ({ report, responses, suggestedFileName }) =>
      save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => surveyXlsx(report, responses)),
    'export:json-file': async ({ json, suggestedFileName }) => {
      // Everything held about a person leaves only with an administrator signed in here.
      if (!deps.session) throw new IpcError({ code: 'not-allowed', detail: 'pdpa.export:not-signed-in' });
      deps.session.require('pdpa.export');
      return await save(suggestedFileName, 'json', { name: 'JSON', extensions: ['json'] }, () => new TextEncoder().encode(json));
    },
    'export:file': ({ bytes, suggestedFileName }) => saveUnderOwnExtension(suggestedFileName, bytes),
    'export:attachment': async ({ blobId, suggestedFileName }) => {
      // Checked before the dialog: a file not received from the share yet is said so at once.
      const bytes = await deps.readBlob(blobId);
      if (!bytes) throw new IpcError({ code: 'not-found', detail: blobId });
      return saveUnderOwnExtension(suggestedFileName, bytes);
    },
    'export:ropa-xlsx': ({ register, suggestedFileName }) => save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => ropaXlsx(register)),
    'export:complaint-report-xlsx': ({ report, suggestedFileName }) =>
      save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => complaintReportXlsx(report)),
    'export:complaint-register': ({ rows, format, suggestedFileName }) => {
      // Masked again here, by main's own session, whatever the renderer sent.
      const shown = deps.session?.maySeeComplainant() ? rows : rows.map(maskComplainant);
      return format === 'csv'
        ? save(suggestedFileName, 'csv', { name: 'CSV', extensions: ['csv'] }, () => new TextEncoder().encode(complaintRegisterCsv(shown)))
        : save(suggestedFileName, 'xlsx', { name: 'Excel', extensions: ['xlsx'] }, () => complaintRegisterXlsx(shown));
    },
  };
}
