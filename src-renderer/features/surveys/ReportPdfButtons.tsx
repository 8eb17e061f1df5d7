import { Alert, Anchor } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { useAppData } from '../../app/data-context';
import { officeProfileRepo, type SurveyRecord } from '../../data';
import { PdfActionButtons, loadLetterhead, runPdfAction, type PdfAction } from '../documents';
import { surveyReportDocument } from './model/report-document';
import type { SurveyStats } from './model/statistics';

/** ดูตัวอย่าง · พิมพ์ · บันทึกเป็น PDF for the results report, signed by the director. */
export function ReportPdfButtons({ survey, stats }: { survey: SurveyRecord; stats: SurveyStats }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const profile = useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
  const [busy, setBusy] = useState<PdfAction | null>(null);
  const ready = !!profile?.officeName && !!profile.directorName && !!profile.directorTitle;

  async function run(action: PdfAction) {
    if (!profile || busy) return;
    setBusy(action);
    try {
      const document = surveyReportDocument(survey, stats, {
        letterhead: await loadLetterhead(db, profile),
        signer: { name: profile.directorName, position: profile.directorTitle },
        preparedOn: localIsoDate(new Date()),
      });
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
  return <PdfActionButtons busy={busy} disabled={!ready} onRun={(action) => void run(action)} />;
}
