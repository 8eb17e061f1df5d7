import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../ui/use-format-number';
import { useMissingFiles } from './data';

/**
 * Files records refer to that have not arrived, each named by its record and file, for as long
 * as they are missing (read from the database, so it survives a restart of the app).
 */
export function MissingFilesList() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const missing = useMissingFiles();
  if (!missing || missing.total === 0) return null;
  return (
    <Alert color="yellow" title={t('syncPage.files.missingTitle', { n: formatNumber(missing.total) })} data-testid="missing-files">
      <Text size="sm" mb="xs">
        {t('syncPage.files.missingHelp')}
      </Text>
      <List size="sm">
        {missing.shown.map((file) => (
          <List.Item key={file.blobId}>
            {t('syncPage.files.missingItem', {
              table: t(`syncPage.tables.${file.table}`, { defaultValue: file.table }),
              record: file.record ?? t('syncPage.files.unknownRecord'),
              file: file.file ?? t(`syncPage.files.field.${file.field}`, { defaultValue: t('syncPage.files.field.file') }),
            })}
          </List.Item>
        ))}
      </List>
      {missing.total > missing.shown.length && (
        <Text size="sm" mt="xs">
          {t('syncPage.files.missingMore', { n: formatNumber(missing.total - missing.shown.length) })}
        </Text>
      )}
    </Alert>
  );
}
