import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** บันทึก, at the top of an editor page and again at its foot (Ctrl+S does the same). */
export function SaveButton({ saving, onSave }: { saving: boolean; onSave: () => void }) {
  const { t } = useTranslation();
  return (
    <Button onClick={onSave} loading={saving}>
      {t('common.save')}
    </Button>
  );
}
