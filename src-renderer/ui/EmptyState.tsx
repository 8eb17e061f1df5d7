import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function EmptyState({ title, description, action }: { title: string; description?: string; action?: ReactNode }) {
  return (
    <Stack align="center" gap="xs" py="xl" data-testid="empty-state">
      <ThemeIcon size={56} radius="xl" variant="light" color="gray">
        <IconInbox size={30} />
      </ThemeIcon>
      <Text fw={600} size="lg">
        {title}
      </Text>
      {description && (
        <Text c="dimmed" ta="center" maw={520}>
          {description}
        </Text>
      )}
      {action}
    </Stack>
  );
}
