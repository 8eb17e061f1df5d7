import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { takeNoticeAfterReload } from '../../platform';

/** Says, once, what a reload was asked to say (an erasure, then new database files: reloadWithNotice). */
export function useNoticeAfterReload(): void {
  useEffect(() => {
    const notice = takeNoticeAfterReload();
    if (notice) notifications.show({ color: notice.color, message: notice.message, autoClose: notice.color === 'teal' ? 8000 : false });
  }, []);
}
