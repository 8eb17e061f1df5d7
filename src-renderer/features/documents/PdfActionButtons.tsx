import { Button, Group } from '@mantine/core';
import { IconEye, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PdfAction } from './pdf-action';

const ACTIONS = [
  ['preview', IconEye, 'documents.preview'],
  ['print', IconPrinter, 'documents.printAction'],
  ['export', IconFileTypePdf, 'documents.export'],
] as const;

/** ดูตัวอย่าง · พิมพ์ · บันทึกเป็น PDF, the same on every document; the one running shows it. */
export function PdfActionButtons({ busy, disabled = false, onRun }: { busy: PdfAction | null; disabled?: boolean; onRun: (action: PdfAction) => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      {ACTIONS.map(([action, Icon, label]) => (
        <Button
          key={action}
          variant={action === 'export' ? 'filled' : 'light'}
          leftSection={<Icon size={18} />}
          loading={busy === action}
          disabled={disabled || (busy !== null && busy !== action)}
          onClick={() => onRun(action)}
        >
          {t(label)}
        </Button>
      ))}
    </Group>
  );
}
