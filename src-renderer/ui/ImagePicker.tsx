import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { putBlob } from '../platform';
import { BlobImage } from './BlobImage';
import { PICKED_IMAGE_TYPES, pickedImageProblem } from './image-pick';

const ACCEPTED: readonly string[] = PICKED_IMAGE_TYPES;
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** The texts of one use (office logo, intern photo), as i18n keys. */
export interface ImagePickerTexts {
  label: string;
  alt: string;
  empty: string;
  choose: string;
  remove: string;
  wrongType: string;
  tooLarge: string;
  failed: string;
}

/**
 * A PNG or JPEG (by its bytes, at most MAX_IMAGE_PIXELS) kept as a content-addressed blob (so it syncs once and prints on documents):
 * the office logo, an intern's photo.
 */
export function ImagePicker({ value, onChange, texts, testId }: { value: string | null; onChange: (id: string | null) => void; texts: ImagePickerTexts; testId: string }) {
  const { t } = useTranslation();

  const pick = async (file: File | null) => {
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) {
      notifications.show({ color: 'red', message: t(texts.wrongType) });
      return;
    }
    if (file.size > MAX_IMAGE_BYTES) {
      notifications.show({ color: 'red', message: t(texts.tooLarge) });
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // By content, with the pixel count capped before anything decodes it (issue 19).
      const problem = pickedImageProblem(bytes);
      if (problem) {
        notifications.show({ color: 'red', message: t(problem === 'wrongType' ? texts.wrongType : problem === 'corrupt' ? 'office.imageCorrupt' : 'office.imageTooManyPixels') });
        return;
      }
      onChange(await putBlob(bytes));
    } catch {
      notifications.show({ color: 'red', message: t(texts.failed) });
    }
  };

  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        {t(texts.label)}
      </Text>
      <Group>
        {value ? (
          <BlobImage blobId={value} alt={t(texts.alt)} h={72} w="auto" fit="contain" data-testid={testId} />
        ) : (
          <Text c="dimmed" size="sm">
            {t(texts.empty)}
          </Text>
        )}
        <FileButton onChange={(f) => void pick(f)} accept={ACCEPTED.join(',')}>
          {(props) => (
            <Button variant="light" {...props}>
              {t(texts.choose)}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button variant="subtle" color="red" onClick={() => onChange(null)}>
            {t(texts.remove)}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
