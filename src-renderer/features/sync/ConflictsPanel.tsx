import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncRecordRow } from '../../data';
import { conflictsOf, materialize, type Conflict } from '../../../src-main/shared/sync/merge';
import { EmptyState } from '../../ui/EmptyState';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { fieldLabelKey } from './conflict-labels';
import { conflictRecordTitle } from './model/conflict-record';
import { isDerivedField } from './model/conflict-derived';
import { isChoiceField } from './conflict-options';
import { referencedIds } from './conflict-references';
import { ConflictValueView } from './ConflictValueView';
import { useConflictCommands, useConflictRecords, useReferenceNames } from './data';
import { useStaffNames } from '../settings/data';
import { TitledPanel } from '../../ui/TitledPanel';

/** A text of several lines (a release body): merged in a tall editor that keeps its paragraphs. */
function isMultiLine(c: Extract<Conflict, { kind: 'edit' }>): boolean {
  return [c.current.value, c.losing.value].some((v) => typeof v === 'string' && v.includes('\n'));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Only free text can be merged by hand: a typed value must keep the field's type, and a choice
 * ("done") or a reference (an id) typed by hand would be neither an option nor a record.
 */
function isFreeTextField(table: string, c: Extract<Conflict, { kind: 'edit' }>): boolean {
  const textOrNothing = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && !UUID.test(v));
  return textOrNothing(c.current.value) && textOrNothing(c.losing.value) && !isChoiceField(table, c.field);
}

/** ตรวจสอบข้อมูลที่ขัดแย้ง: both values side by side, who wrote each and when. */
export function ConflictsPanel() {
  const { t } = useTranslation();
  const rows = useConflictRecords();

  return (
    <TitledPanel title={t('syncPage.conflictsTitle')} mb="sm" p="lg">
      {rows && rows.length === 0 && <EmptyState title={t('syncPage.noConflicts')} />}
      <Stack>
        {rows?.map((row) => <RecordConflicts key={`${row.table}/${row.recordId}`} row={row} />)}
      </Stack>
    </TitledPanel>
  );
}

function RecordConflicts({ row }: { row: SyncRecordRow }) {
  const { t, i18n } = useTranslation();
  const { resolveDelete, resolveEdit, settleDerived } = useConflictCommands();
  const staffNames = useStaffNames();
  const conflicts = useMemo(() => conflictsOf(row.state), [row.state]);
  const [manual, setManual] = useState<Record<string, string>>({});
  const title = conflictRecordTitle(row.table, row.recordId, materialize(row.state), (id) => t('syncPage.conflict.untitled', { id }));
  const label = (field: string) => {
    const key = fieldLabelKey(row.table, field, (k) => i18n.exists(k));
    return key ? t(key) : field;
  };
  // The hand-merge box starts from the current value, so editing it never starts from nothing.
  const draftOf = (c: Extract<Conflict, { kind: 'edit' }>) => manual[c.field] ?? (typeof c.current.value === 'string' ? c.current.value : '');
  // Who wrote each side: a staff id this workstation does not know is named as unknown.
  const who = (actor: string | undefined) => (actor ? (staffNames.get(actor) ?? t('history.unknownActor')) : '');
  const done = () => notifications.show({ color: 'teal', message: t('syncPage.resolved') });
  // Derived fields (a release's search words) are settled with the field they follow, never reviewed.
  const edits = useMemo(
    () => conflicts.filter((c): c is Extract<Conflict, { kind: 'edit' }> => c.kind === 'edit' && !isDerivedField(row.table, c.field)),
    [conflicts, row.table],
  );
  const deletes = conflicts.filter((c) => c.kind === 'delete');
  const onlyDerived = edits.length === 0 && deletes.length === 0;
  // Two edits of different fields (body here, tags there) both recomputed the search words: nothing
  // for a person to choose, so the words are recomputed from the merged record and settled.
  // Once per record: the list re-reads while the write is in flight and must not write it twice.
  const settling = useRef(false);
  useEffect(() => {
    if (!onlyDerived || settling.current) return;
    settling.current = true;
    void settleDerived(row.table, row.recordId, conflicts);
  }, [onlyDerived, settleDerived, row.table, row.recordId, conflicts]);
  const ids = useMemo(() => referencedIds(edits.flatMap((c) => [c.current.value, c.losing.value])), [edits]);
  const names = useReferenceNames(ids);
  const source = (field: string) => ({ table: row.table, field, names });
  if (onlyDerived) return null;

  return (
    <Paper withBorder p="md" data-testid="conflict">
      <Group mb="xs">
        <Badge variant="light">{t(`syncPage.conflictTables.${row.table}`, { defaultValue: row.table })}</Badge>
        <Text fw={600}>{title}</Text>
      </Group>
      {edits.map((c) => (
        <Stack key={`${c.field}-${c.losing.clock}`} gap={6} mb="sm">
          <Text fw={500}>{label(c.field)}</Text>
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
              <ConflictValueView value={c.current.value} other={c.losing.value} side="current" testId="conflict-current" source={source(c.field)} />
            </Paper>
            <Paper bg="yellow.0" p="sm">
              <Text size="xs" c="dimmed">
                {t('syncPage.otherValue')} · {who(c.losing.actor)} · <ThaiDateText value={c.losing.at} withTime />
              </Text>
              <ConflictValueView value={c.losing.value} other={c.current.value} side="other" testId="conflict-other" source={source(c.field)} />
            </Paper>
          </Group>
          <Group>
            <Button size="xs" onClick={() => void resolveEdit(row.table, row.recordId, conflicts, c.field, c.current.value).then(done)}>
              {t('syncPage.keepCurrent')}
            </Button>
            <Button size="xs" variant="light" onClick={() => void resolveEdit(row.table, row.recordId, conflicts, c.field, c.losing.value).then(done)}>
              {t('syncPage.keepOther')}
            </Button>
          </Group>
          {isFreeTextField(row.table, c) && (
            <Stack gap={4}>
              <Textarea
                size="sm"
                autosize
                minRows={isMultiLine(c) ? 8 : 2}
                maxRows={isMultiLine(c) ? 30 : 14}
                label={t('syncPage.manualValue')}
                value={draftOf(c)}
                onChange={(e) => setManual({ ...manual, [c.field]: e.currentTarget.value })}
              />
              <Group>
                <Button
                  size="xs"
                  variant="default"
                  disabled={draftOf(c) === ''}
                  onClick={() => void resolveEdit(row.table, row.recordId, conflicts, c.field, draftOf(c)).then(done)}
                >
                  {t('syncPage.useManual')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      ))}
      {deletes.length > 0 && (
        <Stack gap={6}>
          <Text>{t('syncPage.deleteConflict', { n: deletes.length })}</Text>
          <Group>
            <Button size="xs" color="red" variant="light" onClick={() => void resolveDelete(row.table, row.recordId, conflicts, true).then(done)}>
              {t('syncPage.keepDeleted')}
            </Button>
            <Button size="xs" onClick={() => void resolveDelete(row.table, row.recordId, conflicts, false).then(done)}>
              {t('syncPage.restoreWithEdits')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
