import { Button, Group, type GroupProps } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

/** One button of a document: what it does, its icon and its text. */
export type ActionButton<A extends string> = readonly [action: A, icon: Icon, label: string];

/**
 * A document's buttons in a row, one running at a time: the running one shows it and the others
 * wait. The saving one (`primary`) is filled, the rest light.
 */
export function ActionButtonRow<A extends string>({
  buttons,
  primary,
  busy,
  disabled,
  onRun,
  ...group
}: { buttons: readonly ActionButton<A>[]; primary: A; busy: A | null; disabled: boolean; onRun: (action: A) => void } & Omit<GroupProps, 'children'>) {
  return (
    <Group {...group}>
      {buttons.map(([action, Icon, label]) => (
        <Button
          key={action}
          variant={action === primary ? 'filled' : 'light'}
          leftSection={<Icon size={18} />}
          loading={busy === action}
          disabled={disabled || (busy !== null && busy !== action)}
          onClick={() => onRun(action)}
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}
