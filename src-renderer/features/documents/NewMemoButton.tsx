import { Button } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemoComposer } from './MemoComposer';

/** "บันทึกข้อความใหม่" on the dashboard: opens the memo composer. */
export function NewMemoButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <MemoComposer opened={open} onClose={() => setOpen(false)} />
      <Button leftSection={<IconFileText size={18} />} onClick={() => setOpen(true)}>
        {t('documents.newMemo')}
      </Button>
    </>
  );
}
