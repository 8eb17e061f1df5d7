import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfDocument, PdfRenderRequest } from '../../../src-main/shared/pdf/documents';
import { notifyFileSaved, notifyIpcError } from '../../ui/notify';
import { runPdfAction, type PdfAction } from './pdf-action';

/** What a report offers: the three PDF actions and its workbook. */
export type DocumentAction = PdfAction | 'xlsx';

/** One report as its buttons need it: made when one is pressed (the letterhead's logo is read then). */
export interface DocumentJob<D extends PdfDocument> {
  make: () => Promise<D>;
  options: PdfRenderRequest['options'];
  fileName: string;
  /** Saves the report as a workbook through main's save dialog. */
  saveWorkbook: (document: D, suggestedFileName: string) => Promise<{ filePath: string }>;
}

/**
 * Runs a report's buttons one at a time and says which one is busy: the PDF actions through
 * runPdfAction (which says how they went), the workbook with where it was saved. Whatever fails
 * is said in the user's language; a closed dialog says nothing.
 */
export function useDocumentActions() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<DocumentAction | null>(null);
  const run = async <D extends PdfDocument>(action: DocumentAction, job: DocumentJob<D>) => {
    setBusy(action);
    try {
      const document = await job.make();
      if (action === 'xlsx') notifyFileSaved(t, (await job.saveWorkbook(document, job.fileName)).filePath);
      else await runPdfAction(t, action, { document, options: job.options }, job.fileName);
    } catch (error) {
      notifyIpcError(t, error);
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
