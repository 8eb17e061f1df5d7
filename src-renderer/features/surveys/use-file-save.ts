import { useTranslation } from 'react-i18next';
import { mainProcess } from '../../platform';
import { saveFileWithNotice } from '../../ui/notify';

/** Saves bytes through the main process's save dialog (export:file), with the usual notices. */
export function useFileSave() {
  const { t } = useTranslation();
  return (bytes: Uint8Array<ArrayBuffer>, suggestedFileName: string) => saveFileWithNotice(t, () => mainProcess().exportFile({ bytes, suggestedFileName }));
}
