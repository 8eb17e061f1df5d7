import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordsWithConflicts, type SyncRecordRow } from '../../data';
import { conflictsOf, materialize, type Conflict } from '../../../src-main/shared/sync/merge';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../app/data-context';
import { EmptyState } from '../../ui/EmptyState';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { resolveDelete, resolveEdit } from './resolve-conflict';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** ตรวจสอบข้อมูลที่ขัดแย้ง: both values side by side, who wrote each and when. */
export function ConflictsPanel() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const rows = useLiveQuery(() => recordsWithConflicts(db), [db]);

  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        {t('syncPage.conflictsTitle')}
      </Title>
      {rows && rows.length === 0 && <EmptyState title={t('syncPage.noConflicts')} />}
      <Stack>
        {rows?.map((row) => <RecordConflicts key={`${row.table}/${row.recordId}`} row={row} />)}
      </Stack>
    </Paper>
  );
}

/** How a conflicting record is named on screen, per table. */
function recordTitle(table: string, text: (key: string) => string): string {
  switch (table) {
    case 'staff':
      return `${text('title')}${text('firstName')} ${text('lastName')}`.trim();
    case 'officeProfile':
      return text('officeName');
    case 'taskComments':
      return text('text').slice(0, 80);
    default:
      return text('title');
  }
}

function RecordConflicts({ row }: { row: SyncRecordRow }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const conflicts = conflictsOf(row.state);
  const [manual, setManual] = useState<Record<string, string>>({});
  const values = materialize(row.state);
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key]) : '');
  const title = recordTitle(row.table, text) || row.recordId;
  const actors = useLiveQuery(async () => {
    const ids = [...new Set(conflicts.flatMap((c) => (c.kind === 'edit' ? [c.current.write?.actor, c.losing.actor] : [c.edit.actor])))].filter(
      (id): id is string => typeof id === 'string',
    );
    const staff = await db.staff.bulkGet(ids);
    return new Map(ids.map((id, i) => [id, staff[i] ? staffDisplayName(staff[i]) : t('history.unknownActor')]));
  }, [db, row]);
  const who = (actor: string | undefined) => (actor ? (actors?.get(actor) ?? '') : '');
  const done = () => notifications.show({ color: 'teal', message: t('syncPage.resolved') });
  const edits = conflicts.filter((c): c is Extract<Conflict, { kind: 'edit' }> => c.kind === 'edit');
  const deletes = conflicts.filter((c) => c.kind === 'delete');

  return (
    <Paper withBorder p="md" data-testid="conflict">
      <Group mb="xs">
        <Badge variant="light">{t(`syncPage.tables.${row.table}`, { defaultValue: row.table })}</Badge>
        <Text fw={600}>{title}</Text>
      </Group>
      {edits.map((c) => (
        <Stack key={`${c.field}-${c.losing.clock}`} gap={6} mb="sm">
          <Text fw={500}>{t(`staff.fields.${c.field}`, { defaultValue: t(`office.fields.${c.field}`, { defaultValue: t(`tasks.fields.${c.field}`, { defaultValue: c.field }) }) })}</Text>
          <Group grow align="flex-start">
            <Paper bg="gray.0" p="sm">
              <Text size="xs" c="dimmed">
                {t('syncPage.currentValue')}
                {c.current.write ? (
                  <>
                    {' · '}
                    {who(c.current.write.actor)} · <ThaiDateText value={c.current.write.at} withTime />
                  </>
                ) : null}
              </Text>
              <Text data-testid="conflict-current">{show(c.current.value)}</Text>
            </Paper>
            <Paper bg="yellow.0" p="sm">
              <Text size="xs" c="dimmed">
                {t('syncPage.otherValue')} · {who(c.losing.actor)} · <ThaiDateText value={c.losing.at} withTime />
              </Text>
              <Text data-testid="conflict-other">{show(c.losing.value)}</Text>
            </Paper>
          </Group>
          <Group>
            <Button size="xs" onClick={() => void resolveEdit(db, row.table, row.recordId, conflicts, c.field, c.current.value).then(done)}>
              {t('syncPage.keepCurrent')}
            </Button>
            <Button size="xs" variant="light" onClick={() => void resolveEdit(db, row.table, row.recordId, conflicts, c.field, c.losing.value).then(done)}>
              {t('syncPage.keepOther')}
            </Button>
            <TextInput
              size="xs"
              aria-label={t('syncPage.manualValue')}
              placeholder={t('syncPage.manualValue')}
              value={manual[c.field] ?? ''}
              onChange={(e) => setManual({ ...manual, [c.field]: e.currentTarget.value })}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!manual[c.field]}
              onClick={() => void resolveEdit(db, row.table, row.recordId, conflicts, c.field, manual[c.field]).then(done)}
            >
              {t('syncPage.useManual')}
            </Button>
          </Group>
        </Stack>
      ))}
      {deletes.length > 0 && (
        <Stack gap={6}>
          <Text>{t('syncPage.deleteConflict', { n: deletes.length })}</Text>
          <Group>
            <Button size="xs" color="red" variant="light" onClick={() => void resolveDelete(db, row.table, row.recordId, conflicts, true).then(done)}>
              {t('syncPage.keepDeleted')}
            </Button>
            <Button size="xs" onClick={() => void resolveDelete(db, row.table, row.recordId, conflicts, false).then(done)}>
              {t('syncPage.restoreWithEdits')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
