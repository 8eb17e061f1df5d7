import { Alert, Anchor, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { useAppData } from '../../session/app-data';
import { officeProfileRepo, type SurveyRecord, type SurveyResponseRecord } from '../../data';
import { IpcError, mainProcess } from '../../platform';
import { responseTable } from './model/response-csv';
import { PdfActionButtons, loadLetterhead, runPdfAction, type PdfAction } from '../documents';
import { surveyReportDocument } from './model/report-document';
import type { SurveyStats } from './model/statistics';

/** ดูตัวอย่าง · พิมพ์ · บันทึกเป็น PDF for the results report, signed by the director. */
export function ReportPdfButtons({ survey, stats, responses }: { survey: SurveyRecord; stats: SurveyStats; responses: SurveyResponseRecord[] }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const profile = useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
  const [busy, setBusy] = useState<PdfAction | null>(null);
  const [xlsxBusy, setXlsxBusy] = useState(false);
  const ready = !!profile?.officeName && !!profile.directorName && !!profile.directorTitle;

  async function reportDocument() {
    if (!profile) throw new Error('no office profile');
    return surveyReportDocument(survey, stats, {
      letterhead: await loadLetterhead(db, profile),
      signer: { name: profile.directorName, position: profile.directorTitle },
      preparedOn: localIsoDate(new Date()),
    });
  }

  /** The workbook: results sheet + every response with labels. */
  async function exportXlsx() {
    if (!profile || xlsxBusy) return;
    setXlsxBusy(true);
    try {
      const saved = await mainProcess().exportSurveyXlsx({
        report: await reportDocument(),
        responses: responseTable(survey, responses, true),
        suggestedFileName: `ผลการสำรวจ ${survey.title}`,
      });
      notifications.show({ color: 'teal', message: t('common.fileSaved', { path: saved.filePath }) });
    } catch (error) {
      const code = error instanceof IpcError ? error.code : 'internal';
      if (code !== 'cancelled') notifications.show({ color: 'red', message: t(`errors.ipc.${code}`) });
    } finally {
      setXlsxBusy(false);
    }
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

  if (profile !== undefined && !ready)
    return (
      <Alert color="yellow">
        {t('documents.needProfile')}{' '}
        <Anchor component={Link} to="/settings/office">
          {t('dashboard.completeProfile')}
        </Anchor>
      </Alert>
    );
  return (
    <Group justify="flex-end">
      <Button variant="light" leftSection={<IconFileSpreadsheet size={18} />} loading={xlsxBusy} disabled={!ready} onClick={() => void exportXlsx()}>
        {t('surveys.export.xlsx')}
      </Button>
      <PdfActionButtons busy={busy} disabled={!ready} onRun={(action) => void run(action)} />
    </Group>
  );
}
