import { Center, Image, Text, type ImageProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blobUrl } from '../platform';

/**
 * A stored image (logo, photo, thumbnail) loaded from main's blob store by URL: no bytes pass
 * through the page's memory. One that has not reached this workstation yet says so in words
 * instead of showing a broken image; the next sync fetches it.
 */
export function BlobImage({ blobId, alt, ...props }: { blobId: string; alt: string } & Omit<ImageProps, 'src'>) {
  const { t } = useTranslation();
  const [failedId, setFailedId] = useState<string | null>(null);
  if (failedId === blobId) {
    return (
      <Center h={props.h} w={props.w} bg="gray.1" data-testid="blob-not-here">
        <Text size="xs" c="dimmed" ta="center" p={4}>
          {t('common.fileNotHereYet')}
        </Text>
      </Center>
    );
  }
  return <Image {...props} src={blobUrl(blobId)} alt={alt} onError={() => setFailedId(blobId)} />;
}
