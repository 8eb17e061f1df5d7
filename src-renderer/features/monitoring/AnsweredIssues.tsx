import { Anchor, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIssuesAnsweredBy } from './data';

/** "ชี้แจงประเด็น …" on a release's page: the issues the release answered; nothing when none. */
export function AnsweredIssues({ recordId }: { recordId: string }) {
  const { t } = useTranslation();
  const issues = useIssuesAnsweredBy(recordId);
  if (!issues || issues.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="answered-issues">
      <Text fw={500}>{t('monitoring.issues.answers')}</Text>
      {issues.map((issue) => (
        <Anchor key={issue.id} component={Link} to={`/monitoring/issues/${issue.id}`} display="block">
          {issue.title}
        </Anchor>
      ))}
    </Paper>
  );
}
