import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { erasureScope } from '../../../src-main/shared/pdpa/personal-fields';

/**
 * What erasing this person will do, read from the personal-data declaration (not written per
 * dialog): what is erased everywhere, what is removed entirely, and what the law keeps.
 */
export function ErasureScope({ table }: { table: string }) {
  const { t } = useTranslation();
  const scope = erasureScope(table);
  const section = (title: string, items: readonly string[], testId: string) =>
    items.length === 0 ? null : (
      <div data-testid={testId}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <List size="sm" spacing={2}>
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </div>
    );
  return (
    <Stack gap="xs" data-testid="erasure-scope">
      {section(t('privacy.scope.erased'), scope.erased, 'erasure-scope-erased')}
      {section(t('privacy.scope.removed'), scope.removed, 'erasure-scope-removed')}
      {section(t('privacy.scope.kept'), scope.kept, 'erasure-scope-kept')}
    </Stack>
  );
}
