import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { useAppData } from '../../session/app-data';
import { useFormatNumber } from '../../ui/use-format-number';
import { surveyDashboard } from './model/dashboard';

/** The dashboard's surveys card: questionnaires this fiscal year, open surveys, the latest results. */
export function SurveyDashboardCard() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const formatNumber = useFormatNumber();
  const fiscalYear = fiscalYearOf(new Date());
  const stats = useLiveQuery(async () => surveyDashboard(await db.surveys.toArray(), await db.surveyResponses.toArray(), fiscalYear), [db, fiscalYear]);
  return (
    <Paper withBorder p="md" data-testid="dashboard-surveys">
      <Stack gap={4}>
        <Text c="dimmed" size="sm">
          {t('surveys.dashboard.title', { year: fiscalYear })}
        </Text>
        <Title order={3} size="h4">
          {t('surveys.dashboard.responses', { n: formatNumber(stats?.responses ?? 0) })}
        </Title>
        <Text size="sm">{t('surveys.dashboard.open', { n: formatNumber(stats?.open ?? 0) })}</Text>
        {stats?.latestSurveyId ? (
          <Anchor component={Link} to={`/surveys/s/${stats.latestSurveyId}/stats`} size="sm">
            {t('surveys.dashboard.latest')}
          </Anchor>
        ) : (
          <Anchor component={Link} to="/surveys" size="sm">
            {t('surveys.dashboard.all')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
