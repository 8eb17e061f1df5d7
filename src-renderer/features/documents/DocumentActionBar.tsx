import { IconEye, IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActionButtonRow } from './ActionButtonRow';
import type { OfficeProfileRecord } from '../../data';
import { ProfileNeededAlert } from './ProfileNeededAlert';
import { canSignDocuments } from './profile-ready';
import type { DocumentAction } from './use-document-actions';

/**
 * A report page's buttons (the complaints' and the missions' six-month reports): บันทึกเป็น PDF,
 * ดูตัวอย่าง, พิมพ์ and the workbook, one running at a time (useDocumentActions), and above them
 * what the office profile still needs while the report cannot be signed.
 */
export function DocumentActionBar({
  busy,
  profile,
  ready,
  pdfLabel,
  xlsxLabel,
  onRun,
}: {
  busy: DocumentAction | null;
  /** The office profile (undefined while it loads: no notice yet). */
  profile: OfficeProfileRecord | null | undefined;
  /** The report is made (its records have loaded). */
  ready: boolean;
  pdfLabel: string;
  xlsxLabel: string;
  onRun: (action: DocumentAction) => void;
}) {
  const { t } = useTranslation();
  const signable = canSignDocuments(profile);
  const buttons = [
    ['export', IconFileTypePdf, pdfLabel],
    ['preview', IconEye, t('documents.preview')],
    ['print', IconPrinter, t('documents.printAction')],
    ['xlsx', IconFileSpreadsheet, xlsxLabel],
  ] as const;
  return (
    <>
      {!signable && profile !== undefined && <ProfileNeededAlert mb="md" />}
      <ActionButtonRow buttons={buttons} primary="export" busy={busy} disabled={!ready || !signable} onRun={onRun} mb="md" />
    </>
  );
}
