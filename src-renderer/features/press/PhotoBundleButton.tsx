import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolderDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PressReleaseRecord } from '../../data';
import { mainProcess } from '../../platform';
import { saveErrorText } from '../../ui/field-error';
import { photoCaptionsText } from './model/photo-captions';

/** All of a release's photos at full size, and their captions, into a folder the user picks. */
export function PhotoBundleButton({ release }: { release: PressReleaseRecord }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const exportBundle = async () => {
    setBusy(true);
    try {
      // Main copies the photos from its store; one not received yet stops the bundle with a message.
      const photos = release.photos.map((p) => ({
        fileName: p.caption ? `${p.caption.slice(0, 40)}${p.fileName.slice(p.fileName.lastIndexOf('.'))}` : p.fileName,
        blobId: p.blobId,
      }));
      const { folderPath, fileCount } = await mainProcess().pressExportPhotoBundle({
        folderName: [release.numberLabel, release.headline.slice(0, 60)].filter(Boolean).join(' '),
        photos,
        captions: photoCaptionsText(release),
      });
      notifications.show({ color: 'teal', message: t('press.bundleSaved', { n: fileCount, folder: folderPath }) });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'cancelled') notifications.show({ color: 'red', title: t('press.bundleFailed'), message: saveErrorText(t, error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="xs" variant="light" leftSection={<IconFolderDown size={14} />} disabled={release.photos.length === 0} loading={busy} onClick={() => void exportBundle()}>
      {t('press.exportBundle')}
    </Button>
  );
}
