import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { IpcError, mainProcess } from '../../platform';

/** Saves bytes through the main process's save dialog (export:file), with the usual notices. */
export function useFileSave() {
  const { t } = useTranslation();
  return async (bytes: Uint8Array<ArrayBuffer>, suggestedFileName: string) => {
    try {
      const { filePath } = await mainProcess().exportFile({ bytes, suggestedFileName });
      notifications.show({ color: 'teal', message: t('common.fileSaved', { path: filePath }) });
    } catch (error) {
      const code = error instanceof IpcError ? error.code : 'internal';
      if (code !== 'cancelled') notifications.show({ color: 'red', message: t(`errors.ipc.${code}`) });
    }
  };
}
