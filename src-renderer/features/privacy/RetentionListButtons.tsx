import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bangkokDay } from '../../../src-main/shared/domain/acting-delegation';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { RetentionListDocument } from '../../../src-main/shared/pdf/retention-list';
import { RETENTION_RULES, retentionRuleEntries, type DueRecord, type RetentionKind } from '../../../src-main/shared/pdpa/retention';
import { officeProfileRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { loadLetterhead, PdfActionButtons, runPdfAction, type PdfAction } from '../documents';

/** The yearly list as a PDF (ลับ) for the director to sign before anything is erased. */
export function RetentionListButtons({ year, due, years }: { year: number; due: readonly DueRecord[]; years: Record<RetentionKind, number> }) {
  const { t } = useTranslation();
  const { db, currentStaff } = useAppData();
  const profile = useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
  const [busy, setBusy] = useState<PdfAction | null>(null);
  const ready = !!profile?.officeName && !!profile.directorName && !!profile.directorTitle && !!currentStaff;

  const run = async (action: PdfAction) => {
    if (!profile || !currentStaff) return;
    setBusy(action);
    try {
      const document: RetentionListDocument = {
        kind: 'retention-list',
        letterhead: await loadLetterhead(db, profile),
        preparedOn: bangkokDay(new Date()),
        fiscalYear: year,
        rules: retentionRuleEntries(years),
        items: due.map((d) => ({ kindLabel: RETENTION_RULES[d.kind].kindLabel, name: d.name || '-', reference: d.reference || '-', dueDate: d.dueDate })),
        preparer: { name: staffDisplayName(currentStaff), position: currentStaff.position || t(`roles.${currentStaff.role}`) },
        approver: { name: profile.directorName, position: profile.directorTitle },
      };
      await runPdfAction(t, action, { document, options: { thaiDigits: profile.thaiDigits } }, t('privacy.retention.fileName', { year }));
    } finally {
      setBusy(null);
    }
  };
  return <PdfActionButtons busy={busy} disabled={!ready || busy !== null} onRun={(action) => void run(action)} />;
}
