import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { takeNoticeAfterReload } from '../../platform';

/** Says, once, what a reload was asked to say (an erasure, then new database files: reloadWithNotice). */
export function useNoticeAfterReload(): void {
  useEffect(() => {
    const message = takeNoticeAfterReload();
    if (message) notifications.show({ color: 'teal', message, autoClose: 8000 });
  }, []);
}
