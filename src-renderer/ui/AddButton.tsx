import { Button, type ButtonProps } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef } from 'react';

/** The button a page or a panel adds a record with: its text after a plus. */
export function AddButton(props: ButtonProps & Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps>) {
  return <Button leftSection={<IconPlus size={18} />} {...props} />;
}
