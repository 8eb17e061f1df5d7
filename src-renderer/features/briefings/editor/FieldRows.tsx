import { ActionIcon, Button, Group, Paper, Stack } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ArrayPath, FieldArray, FieldValues, UseFieldArrayReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * A list field of an editor page (facts, questions, contacts, the run sheet…): each row in a
 * light frame with its delete button; the add button disappears at the limit. The rows are the
 * page form's own (`useFieldArray`), so typing in one row re-renders nothing else.
 */
export function FieldRows<T extends FieldValues, N extends ArrayPath<T>>({
  rows,
  newRow,
  renderRow,
  addLabel,
  max = 300,
  testId,
}: {
  rows: UseFieldArrayReturn<T, N>;
  newRow: () => FieldArray<T, N>;
  /** The row's fields, named `<list>.<index>.<field>`. */
  renderRow: (index: number) => ReactNode;
  addLabel: string;
  max?: number;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.fields.map((row, i) => (
        <Paper key={row.id} withBorder p="sm" data-testid={`${testId}-row`}>
          <Group align="flex-start" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1 }}>
              {renderRow(i)}
            </Stack>
            <ActionIcon variant="subtle" color="red" aria-label={t('briefings.removeRow', { n: i + 1 })} onClick={() => rows.remove(i)}>
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {rows.fields.length < max && (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => rows.append(newRow())}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
