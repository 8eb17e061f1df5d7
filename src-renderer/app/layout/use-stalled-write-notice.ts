import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeStalledWrites } from '../../data';

const NOTICE_ID = 'stalled-write';

/** While a save hangs (a full disk, most likely), say so in a notice that stays until it ends. */
export function useStalledWriteNotice(): void {
  const { t } = useTranslation();
  useEffect(
    () =>
      subscribeStalledWrites((count) => {
        if (count > 0) notifications.show({ id: NOTICE_ID, color: 'red', autoClose: false, withCloseButton: false, title: t('errors.writeStalledTitle'), message: t('errors.writeStalled') });
        else notifications.hide(NOTICE_ID);
      }),
    [t],
  );
}
