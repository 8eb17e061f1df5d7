import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfRenderRequest } from '../../../../src-main/shared/pdf/documents';
import { runPdfAction, type PdfAction } from '../../documents';
import { usePrintSources } from '../data';

type PrintSources = Awaited<ReturnType<ReturnType<typeof usePrintSources>>>;

/**
 * A briefing's or a conference pack's PDF buttons: reads the office profile and the linked
 * releases when one is pressed, and says which one is busy.
 */
export function usePrintAction() {
  const { t } = useTranslation();
  const printSources = usePrintSources();
  const [busy, setBusy] = useState<PdfAction | null>(null);
  const print = async (action: PdfAction, releaseIds: readonly string[], request: (sources: PrintSources) => PdfRenderRequest, fileName: string) => {
    setBusy(action);
    try {
      await runPdfAction(t, action, request(await printSources(releaseIds)), fileName);
    } finally {
      setBusy(null);
    }
  };
  return { busy, print };
}
