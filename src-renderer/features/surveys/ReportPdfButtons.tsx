import { Button, Group } from '@mantine/core';
import { loadLetterhead } from '../documents/data';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import type { SurveyRecord, SurveyResponseRecord } from '../../data';
import { mainProcess } from '../../platform';
import { responseTable } from './model/response-csv';
import { PdfActionButtons, ProfileNeededAlert, canSignDocuments, runPdfAction, useDocumentActions, type PdfAction } from '../documents';
import { useOfficeProfile } from '../settings/data';
import { surveyReportDocument } from './model/report-document';
import type { SurveyStats } from './model/statistics';


/** ดูตัวอย่าง · พิมพ์ · บันทึกเป็น PDF for the results report, signed by the director. */
export function ReportPdfButtons({ survey, stats, responses }: { survey: SurveyRecord; stats: SurveyStats; responses: SurveyResponseRecord[] }) {
  const { t } = useTranslation();
  const profile = useOfficeProfile();
  const [busy, setBusy] = useState<PdfAction | null>(null);
  // The workbook runs on its own: its button does not wait for the PDF ones.
  const workbook = useDocumentActions();
  const ready = canSignDocuments(profile);

  async function reportDocument() {
    if (!profile) throw new Error('no office profile');
    return surveyReportDocument(survey, stats, {
      letterhead: await loadLetterhead(profile),
      signer: { name: profile.directorName, position: profile.directorTitle },
      preparedOn: localIsoDate(new Date()),
    });
  }

  /** The workbook: results sheet + every response with labels. */
  function exportXlsx() {
    if (!profile || workbook.busy) return;
    void workbook.run('xlsx', {
      make: reportDocument,
      options: { thaiDigits: profile.thaiDigits },
      fileName: `ผลการสำรวจ ${survey.title}`,
      saveWorkbook: (report, suggestedFileName) => mainProcess().exportSurveyXlsx({ report, responses: responseTable(survey, responses, true), suggestedFileName }),
    });
  }

  async function run(action: PdfAction) {
    if (!profile || busy) return;
    setBusy(action);
    try {
      const document = await reportDocument();
      await runPdfAction(t, action, { document, options: { thaiDigits: profile.thaiDigits } }, `รายงานผลการสำรวจ ${survey.title}`);
    } finally {
      setBusy(null);
    }
  }

  if (profile !== undefined && !ready) return <ProfileNeededAlert />;
  return (
    <Group justify="flex-end">
      <Button variant="light" leftSection={<IconFileSpreadsheet size={18} />} loading={workbook.busy !== null} disabled={!ready} onClick={exportXlsx}>
        {t('surveys.export.xlsx')}
      </Button>
      <PdfActionButtons busy={busy} disabled={!ready} onRun={(action) => void run(action)} />
    </Group>
  );
}
