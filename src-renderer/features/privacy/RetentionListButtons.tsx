import { useState } from 'react';
import { loadLetterhead } from '../documents/data';
import { useTranslation } from 'react-i18next';
import { bangkokDay } from '../../../src-main/shared/domain/acting-delegation';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { RetentionListDocument } from '../../../src-main/shared/pdf/retention-list';
import { RETENTION_RULES, retentionRuleEntries, type DueRecord, type RetentionKind } from '../../../src-main/shared/pdpa/retention';
import { useAppData } from '../../session/app-data';
import { PdfActionButtons, canSignDocuments, runPdfAction, type PdfAction } from '../documents';
import { useOfficeProfile } from '../settings/data';


/** The yearly list as a PDF (ลับ) for the director to sign before anything is erased. */
export function RetentionListButtons({ year, due, years }: { year: number; due: readonly DueRecord[]; years: Record<RetentionKind, number> }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const profile = useOfficeProfile();
  const [busy, setBusy] = useState<PdfAction | null>(null);
  const ready = canSignDocuments(profile) && !!currentStaff;

  const run = async (action: PdfAction) => {
    if (!profile || !currentStaff) return;
    setBusy(action);
    try {
      const document: RetentionListDocument = {
        kind: 'retention-list',
        letterhead: await loadLetterhead(profile),
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
