import { ActionIcon, Button, Stack, Text, type MantineSpacing, type StyleProp } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * Rows a form holds a list of (targets, quotes, evaluation criteria, checklist items): the
 * list's title, its rows, an error about the list as a whole, and the button that adds a row.
 */
export function FormRowList({ label, addLabel, onAdd, error, children }: { label: string; addLabel: string; onAdd: () => void; error?: string | undefined; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {children}
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
      <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} leftSection={<IconPlus size={14} />} onClick={onAdd}>
        {addLabel}
      </Button>
    </Stack>
  );
}

/** The red bin that removes one row of a `FormRowList`. */
export function RemoveRowButton({ label, onClick, mt }: { label: string; onClick: () => void; mt?: StyleProp<MantineSpacing> }) {
  return (
    <ActionIcon variant="subtle" color="red" mt={mt} aria-label={label} onClick={onClick}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}
