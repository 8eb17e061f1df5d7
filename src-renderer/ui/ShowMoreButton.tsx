import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from './use-format-number';

/** "แสดงเพิ่ม (อีก n รายการ)" under a long table (see useShowMore). */
export function ShowMoreButton({ hidden, onClick }: { hidden: number; onClick: () => void }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  if (hidden <= 0) return null;
  return (
    <Center p="sm">
      <Button variant="subtle" onClick={onClick} data-testid="show-more">
        {t('common.showMore', { n: formatNumber(hidden) })}
      </Button>
    </Center>
  );
}
