import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** ยกเลิก · บันทึก at the foot of every form dialog; บันทึก submits the form. */
export function FormModalFooter({ onCancel, saving }: { onCancel: () => void; saving: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="xl">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
