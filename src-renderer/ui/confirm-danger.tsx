import { Text } from '@mantine/core';
import { modals, type OpenConfirmModal } from '@mantine/modals';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/**
 * Asks before a removal or an erasure: the question, a red button that says what it does, and
 * ยกเลิก. A sentence is shown as text; anything more (a box to tick) as it is.
 */
export function confirmDanger(
  t: TFunction,
  { message, confirm, ...modal }: Omit<OpenConfirmModal, 'children' | 'labels' | 'confirmProps'> & { message: ReactNode; confirm: string },
): string {
  return modals.openConfirmModal({
    ...modal,
    children: typeof message === 'string' ? <Text>{message}</Text> : message,
    labels: { confirm, cancel: t('common.cancel') },
    confirmProps: { color: 'red' },
  });
}
