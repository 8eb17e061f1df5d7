import { IconEye, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActionButtonRow } from './ActionButtonRow';
import type { PdfAction } from './pdf-action';

/**
 * ดูตัวอย่าง · พิมพ์ · บันทึกเป็น PDF, the same on every document; the one running shows it.
 * A page with buttons for more than one document names each row (`label`: a group of that
 * name), so a screen reader, and a test, can tell whose buttons they are.
 */
export function PdfActionButtons({ busy, disabled = false, label, onRun }: { busy: PdfAction | null; disabled?: boolean; label?: string; onRun: (action: PdfAction) => void }) {
  const { t } = useTranslation();
  const buttons = [
    ['preview', IconEye, t('documents.preview')],
    ['print', IconPrinter, t('documents.printAction')],
    ['export', IconFileTypePdf, t('documents.export')],
  ] as const;
  const named = label === undefined ? {} : { role: 'group', 'aria-label': label };
  return <ActionButtonRow buttons={buttons} primary="export" busy={busy} disabled={disabled} onRun={onRun} justify="flex-end" gap="sm" {...named} />;
}
