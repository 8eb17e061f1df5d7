import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { PdfRenderRequest } from '../../../src-main/shared/pdf/documents';
import { mainProcess } from '../../platform';
import { notifyIpcError } from '../../ui/notify';

export type PdfAction = 'export' | 'preview' | 'print';

/**
 * Save, preview or print one document through main, telling the user how it went in their
 * language. Closing the save or print dialog is not an error and says nothing.
 */
export async function runPdfAction(t: TFunction, action: PdfAction, request: PdfRenderRequest, suggestedFileName: string): Promise<void> {
  try {
    if (action === 'export') {
      const saved = await mainProcess().pdfExportDocument({ ...request, suggestedFileName });
      notifications.show({ color: 'teal', message: t('documents.saved', { path: saved.filePath }) });
    } else if (action === 'preview') {
      await mainProcess().pdfPreviewDocument(request);
    } else {
      const printed = await mainProcess().pdfPrintDocument(request);
      notifications.show({ color: 'teal', message: t(`documents.print.${printed.outcome}`) });
    }
  } catch (error) {
    notifyIpcError(t, error);
  }
}
