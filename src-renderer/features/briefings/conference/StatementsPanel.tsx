import { Button, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nextStatementNumber, pressStatementSchema, statementHeading } from '../../../../src-main/shared/domain/press-conference';
import { staffDisplayName } from '../../../../src-main/shared/domain/staff';
import { formatThaiDateShort, formatThaiTime } from '../../../../src-main/shared/text/thai-date';
import { useAppData } from '../../../session/app-data';
import { useIssueStatement, useStatements } from '../data';
import { useRecordForm } from '../../../ui/use-record-form';

/** What is typed for the next statement; the conference, time and issuer are added when it is issued. */
const STATEMENT_FORM = pressStatementSchema.pick({ title: true, body: true });
const EMPTY_STATEMENT = { title: '', body: '' };

/** แถลงการณ์ ฉบับที่ 1, 2, … of this conference, in order, and the form for the next one. */
export function StatementsPanel({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const statements = useStatements(conferenceId);
  const issueStatement = useIssueStatement();
  const next = nextStatementNumber(statements ?? []);
  // Always open, below the statements; a failed issue says why and keeps what was typed.
  const record = useRecordForm({
    schema: STATEMENT_FORM,
    target: 'new',
    defaults: EMPTY_STATEMENT,
    save: async (values, _target, form) => {
      const issued = await issueStatement({ ...values, conferenceId, issuedAt: new Date().toISOString(), issuedBy: currentStaff ? staffDisplayName(currentStaff) : '' });
      form.reset(EMPTY_STATEMENT);
      return issued;
    },
    saved: (issued) => t('briefings.conf.issued', { heading: statementHeading(issued.number) }),
    onClose: () => undefined,
    // A statement is issued to the press: only its own button does it, never Ctrl+S.
    saveShortcut: false,
    module: 'briefings',
  });
  const { register } = record.form;

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
          <TextInput label={t('briefings.conf.statementTitle')} {...register('title')} error={record.error('title')} />
          <Textarea label={t('briefings.conf.statementBody')} autosize minRows={3} {...register('body')} error={record.error('body')} />
          <Button onClick={() => void record.submit()} loading={record.saving}>
            {t('briefings.conf.issue', { heading: statementHeading(next) })}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
