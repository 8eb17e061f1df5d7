import { Button, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextStatementNumber, pressStatementSchema, statementHeading } from '../../../../src-main/shared/domain/press-conference';
import { staffDisplayName } from '../../../../src-main/shared/domain/staff';
import { formatThaiDateShort, formatThaiTime } from '../../../../src-main/shared/text/thai-date';
import { useAppData } from '../../../session/app-data';
import { useIssueStatement, useStatements } from '../data';
import { notifySaveFailed } from '../../../ui/notify';
import { issueErrors } from '../../../ui/issue-errors';

/** แถลงการณ์ ฉบับที่ 1, 2, … of this conference, in order, and the form for the next one. */
export function StatementsPanel({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const statements = useStatements(conferenceId);
  const issueStatement = useIssueStatement();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [saving, setSaving] = useState(false);
  const next = nextStatementNumber(statements ?? []);

  const issue = async () => {
    const data = { conferenceId, title, body, issuedAt: new Date().toISOString(), issuedBy: currentStaff ? staffDisplayName(currentStaff) : '' };
    const parsed = pressStatementSchema.omit({ number: true }).safeParse(data);
    if (!parsed.success) {
      setErrors(issueErrors(t, parsed.error.issues));
      return;
    }
    setSaving(true);
    try {
      const issued = await issueStatement(parsed.data);
      setTitle('');
      setBody('');
      setErrors({});
      notifications.show({ color: 'teal', message: t('briefings.conf.issued', { heading: statementHeading(issued.number) }) });
    } catch (error) {
      // Typed text stays in the form.
      notifySaveFailed(t, error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm">
      {(statements ?? []).map((s) => (
        <Paper key={s.id} withBorder p="sm" data-testid="statement">
          <Title order={3} size="h5">
            {statementHeading(s.number)} — {s.title}
          </Title>
          <Text size="xs" c="dimmed">
            {formatThaiDateShort(s.issuedAt.slice(0, 10))} {formatThaiTime(new Date(s.issuedAt))} {s.issuedBy}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{s.body}</Text>
        </Paper>
      ))}
      <Paper withBorder p="sm" bg="gray.0">
        <Stack gap="xs">
          <Text fw={700} data-testid="next-statement">
            {statementHeading(next)}
          </Text>
          <TextInput label={t('briefings.conf.statementTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} />
          <Textarea label={t('briefings.conf.statementBody')} autosize minRows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.body} />
          <Button onClick={() => void issue()} loading={saving}>
            {t('briefings.conf.issue', { heading: statementHeading(next) })}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
