import { Button, Group, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../src-main/shared/domain/media-monitoring';
import { itemFromQuickEntry } from './model/item-form';
import { MAX_PASTE, readQuickEntry, type NetworkOutlet } from './model/quick-entry';
import { bangkokWallClock } from '../../../src-main/shared/text/thai-date';

/** The paste box: a link or text in, the media item form opened with what could be read. */
export function QuickEntryBox({ outlets, onRead }: { outlets: readonly NetworkOutlet[]; onRead: (draft: MediaItem) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const fill = () => {
    const entry = readQuickEntry(text, outlets, bangkokWallClock(new Date()));
    if (entry.refusedLinks > 0) notifications.show({ color: 'orange', message: t('monitoring.quick.refused', { count: entry.refusedLinks }) });
    if (!entry.dateFromText) notifications.show({ color: 'blue', message: t('monitoring.quick.dateNow') });
    onRead(itemFromQuickEntry(entry));
    setText('');
  };
  return (
    <Group align="flex-end" wrap="nowrap" mb="md">
      <Textarea
        style={{ flex: 1 }}
        label={t('monitoring.quick.label')}
        description={t('monitoring.quick.description')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value.slice(0, MAX_PASTE))}
        autosize
        minRows={2}
        maxRows={6}
      />
      <Button variant="light" onClick={fill} disabled={text.trim() === ''}>
        {t('monitoring.quick.fill')}
      </Button>
    </Group>
  );
}
