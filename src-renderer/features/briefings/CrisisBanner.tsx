import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { useActiveCrises } from './data/use-active-crises';

/**
 * Above everything on the dashboard while a crisis is live: what it is, since when, how many of
 * its first-48-hours steps are still open, and the way to its briefing.
 */
export function CrisisBanner() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const today = localIsoDate(new Date());
  const crises = useActiveCrises(today);
  if (!crises || crises.length === 0) return null;
  return (
    <Alert color="red" variant="filled" icon={<IconAlertTriangle />} title={t('dashboard.crisis.title', { count: crises.length })} mb="lg" data-testid="crisis-banner">
      <Stack gap={4}>
        {crises.map((crisis) => {
          const open = crisis.checklist.filter((step) => !step.done).length;
          return (
            <Text key={crisis.id} size="sm" data-testid="crisis-banner-item">
              <Anchor component={Link} to={`/briefings/${crisis.id}`} c="white" fw={700} underline="always">
                {crisis.title}
              </Anchor>{' '}
              · {t('dashboard.crisis.since')} <ThaiDateText value={crisis.date} format="long" /> ·{' '}
              {open === 0 ? t('dashboard.crisis.allDone') : t('dashboard.crisis.open', { n: formatNumber(open), count: open })}
            </Text>
          );
        })}
      </Stack>
    </Alert>
  );
}
