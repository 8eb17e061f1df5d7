import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The record a page opens by the id in its address: "not found" when there is none, nothing while
 * it loads, then its editor. The caller keys the editor by id, so the form starts from the stored
 * record once and then keeps what is typed.
 */
export function OpenedRecord<R>({ record, children }: { record: R | null | undefined; children: (record: R) => ReactNode }) {
  const { t } = useTranslation();
  if (record === null) return <Text>{t('briefings.notFound')}</Text>;
  if (record === undefined) return null;
  return children(record);
}
