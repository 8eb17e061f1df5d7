import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type ColumnHeading } from '../../ui/DataTable';

/**
 * One of the sync page's reports of what the last sync held back (changes without the right to
 * them, files set aside): its heading and what it means (`<prefix>.title`, `<prefix>.intro`), a
 * row each, and notes under the table.
 */
export function HeldBackReport({ testId, prefix, headings, notes, children }: { testId: string; prefix: string; headings: readonly ColumnHeading[]; notes: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={testId}>
      <Title order={3} size="h5">
        {t(`${prefix}.title`)}
      </Title>
      <Text size="sm">{t(`${prefix}.intro`)}</Text>
      <DataTable striped withTableBorder headings={headings}>
        {children}
      </DataTable>
      {notes}
    </Stack>
  );
}
