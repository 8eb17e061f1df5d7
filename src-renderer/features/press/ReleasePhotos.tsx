import { ActionIcon, Alert, Button, Card, FileButton, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleasePhoto } from '../../../src-main/shared/domain/press';
import type { PressReleaseRecord } from '../../data';
import { saveErrorText } from '../../ui/field-error';
import { BlobImage } from '../../ui/BlobImage';
import { useReleaseCommands } from './data';
import { addPhotos, patchPhoto, removePhoto } from './model/release-photos';
import { intakePhoto, PhotoError } from './photo-intake';
import { notifySaveFailed } from '../../ui/notify';

function PhotoCard({ photo, index, onChange, onRemove }: { photo: ReleasePhoto; index: number; onChange: (patch: Partial<ReleasePhoto>) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xs" data-testid="release-photo">
      <Card.Section>
        <BlobImage blobId={photo.thumbBlobId} alt={photo.caption || photo.fileName} h={150} fit="cover" />
      </Card.Section>
      <Stack gap={4} mt="xs">
        <Text size="xs" c="dimmed" truncate>
          {photo.fileName} · {photo.width}×{photo.height}
        </Text>
        <TextInput size="xs" aria-label={t('press.photoCaption', { n: index + 1 })} placeholder={t('press.photoCaptionHint')} defaultValue={photo.caption} onBlur={(e) => e.currentTarget.value !== photo.caption && onChange({ caption: e.currentTarget.value })} />
        <TextInput size="xs" aria-label={t('press.photoCredit', { n: index + 1 })} placeholder={t('press.photoCreditHint')} defaultValue={photo.credit} onBlur={(e) => e.currentTarget.value !== photo.credit && onChange({ credit: e.currentTarget.value })} />
        <Group justify="flex-end">
          <ActionIcon variant="subtle" color="red" aria-label={t('press.removePhoto', { n: index + 1 })} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Stack>
    </Card>
  );
}

/** ภาพประกอบข่าว: add photos (checked by content), captions and credits. */
export function ReleasePhotos({ release }: { release: PressReleaseRecord }) {
  const { t } = useTranslation();
  const { changeReleasePhotos } = useReleaseCommands();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const save = async (change: (photos: readonly ReleasePhoto[]) => ReleasePhoto[]) => {
    try {
      await changeReleasePhotos(release.id, change);
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };
  const add = async (files: File[]) => {
    setBusy(true);
    const found: string[] = [];
    const added: ReleasePhoto[] = [];
    for (const file of files) {
      try {
        const photo = await intakePhoto(file);
        if (!release.photos.some((p) => p.blobId === photo.blobId) && !added.some((p) => p.blobId === photo.blobId)) added.push(photo);
        else found.push(t('press.photoProblem.duplicate', { name: file.name }));
      } catch (error) {
        found.push(error instanceof PhotoError ? t(`press.photoProblem.${error.problem}`, { name: error.fileName }) : saveErrorText(t, error));
      }
    }
    if (added.length > 0) await save(addPhotos(added));
    setProblems(found);
    setBusy(false);
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={600}>{t('press.photos')}</Text>
        <FileButton onChange={(files) => void add(files)} accept="image/jpeg,image/png,image/webp,image/gif" multiple>
          {(props) => (
            <Button {...props} variant="light" size="xs" loading={busy} leftSection={<IconPhotoPlus size={16} />}>
              {t('press.addPhotos')}
            </Button>
          )}
        </FileButton>
      </Group>
      {problems.length > 0 && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setProblems([])} data-testid="photo-problems">
          {problems.map((p) => (
            <Text key={p} size="sm">
              {p}
            </Text>
          ))}
        </Alert>
      )}
      {release.photos.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('press.noPhotos')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, md: 3 }}>
          {release.photos.map((photo, index) => (
            <PhotoCard
              key={photo.blobId}
              photo={photo}
              index={index}
              onChange={(patch) => void save(patchPhoto(photo.blobId, patch))}
              onRemove={() => void save(removePhoto(photo.blobId))}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
