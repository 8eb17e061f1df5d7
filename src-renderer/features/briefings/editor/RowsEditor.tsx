import { ActionIcon, Button, Group, Paper, Stack } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list of rows the user adds to and removes from (facts, questions, contacts, …): each row in
 * a light frame with its delete button; the add button disappears at the limit.
 */
export function RowsEditor<T>({
  rows,
  onChange,
  newRow,
  renderRow,
  addLabel,
  max = 300,
  testId,
}: {
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  newRow: () => T;
  renderRow: (row: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
  addLabel: string;
  max?: number;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.map((row, i) => (
        <Paper key={i} withBorder p="sm" data-testid={`${testId}-row`}>
          <Group align="flex-start" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1 }}>
              {renderRow(row, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))), i)}
            </Stack>
            <ActionIcon variant="subtle" color="red" aria-label={t('briefings.removeRow', { n: i + 1 })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {rows.length < max && (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, newRow()])}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
