import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A privacy tab's heading: what the register is, the law it answers to, and its main action. */
export function PanelHeading({ title, help, action }: { title: string; help: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <div>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      </div>
      {action}
    </Group>
  );
}
