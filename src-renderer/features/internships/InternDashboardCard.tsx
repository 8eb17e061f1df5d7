import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { useFormatNumber } from '../../ui/use-format-number';
import { hereToday } from './model/here-today';
import { useAttendanceByIntern, useInterns } from './use-internship-data';

/** The dashboard's internship figure: interns here today out of those expected. */
export function InternDashboardCard() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const interns = useInterns();
  const attendance = useAttendanceByIntern();
  const here = hereToday(interns ?? [], attendance ?? new Map(), localIsoDate(new Date()));
  return (
    <Paper withBorder p="md">
      <Text c="dimmed" size="sm">
        {t('internships.hereToday')}
      </Text>
      <Title order={3} size="h4" data-testid="dashboard-interns">
        {formatNumber(here.present.length)} / {formatNumber(here.expected.length)} {t('internships.people')}
      </Title>
      <Anchor component={Link} to="/internships" size="sm">
        {t('nav.internships')}
      </Anchor>
    </Paper>
  );
}
