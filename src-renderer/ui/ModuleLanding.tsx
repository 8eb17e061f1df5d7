import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

/**
 * The landing page of a module whose records do not exist yet on this workstation: what the
 * module is for, what it will hold, and an empty state. Text comes from `modules.<key>.*`.
 */
export function ModuleLanding({ moduleKey }: { moduleKey: string }) {
  const { t } = useTranslation();
  const holds = t(`modules.${moduleKey}.holds`, { returnObjects: true }) as unknown;
  return (
    <>
      <PageHeader title={t(`nav.${moduleKey}`)} subtitle={t(`modules.${moduleKey}.subtitle`)} />
      <Paper withBorder p="lg" mb="lg">
        <Text mb="sm">{t(`modules.${moduleKey}.description`)}</Text>
        {Array.isArray(holds) && (
          <List spacing={4}>
            {(holds as string[]).map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        )}
      </Paper>
      <EmptyState title={t('modules.emptyTitle')} description={t(`modules.${moduleKey}.empty`)} />
    </>
  );
}
