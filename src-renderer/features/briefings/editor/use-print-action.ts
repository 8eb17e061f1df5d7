import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfRenderRequest } from '../../../../src-main/shared/pdf/documents';
import { runPdfAction, type PdfAction } from '../../documents';
import { usePrintSources } from '../data';

type PrintSources = Awaited<ReturnType<ReturnType<typeof usePrintSources>>>;

/**
 * A briefing's, a conference pack's or a conference paper's PDF buttons: reads the office
 * profile and the linked releases when one is pressed, and says which one is busy. A request
 * that comes back null (no office profile for the letterhead yet) says to fill the profile in.
 */
export function usePrintAction() {
  const { t } = useTranslation();
  const printSources = usePrintSources();
  const [busy, setBusy] = useState<PdfAction | null>(null);
  const print = async (
    action: PdfAction,
    releaseIds: readonly string[],
    request: (sources: PrintSources) => PdfRenderRequest | null | Promise<PdfRenderRequest | null>,
    fileName: string,
  ) => {
    setBusy(action);
    try {
      const built = await request(await printSources(releaseIds));
      if (built) await runPdfAction(t, action, built, fileName);
      else notifications.show({ color: 'yellow', message: t('documents.needProfile') });
    } finally {
      setBusy(null);
    }
  };
  return { busy, print };
}
