import { ActionIcon, Badge, Group, Paper, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowDown, IconArrowUp, IconPencil, IconRestore } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalPeriod, localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import type { MissionRecord } from '../../data';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { MissionFormModal } from './MissionFormModal';
import { MissionsTabs } from './MissionsTabs';
import { taskInPeriod } from './model/mission-report';
import { useMissionCommands, useMissions, useTasks } from './data';
import { notifySaveFailed } from '../../ui/notify';
import { AddButton } from '../../ui/AddButton';

/** The office's missions in order: edit, reorder, archive; counts of this fiscal year's work. */
export function MissionListPage() {
  const { t } = useTranslation();
  const missionCommands = useMissionCommands();
  const formatNumber = useFormatNumber();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<MissionRecord | 'new' | null>(null);
  const missions = useMissions(true);
  const tasks = useTasks();
  const shown = (missions ?? []).filter((m) => showArchived || !m.archived);
  const today = localIsoDate(new Date());
  const fiscalYear = fiscalYearOf(today);
  const counts = useMemo(() => {
    const period = fiscalPeriod(fiscalYear, null);
    const map = new Map<string, { total: number; done: number }>();
    for (const task of tasks ?? []) {
      if (!taskInPeriod(task, period)) continue;
      const c = map.get(task.missionId) ?? { total: 0, done: 0 };
      c.total += 1;
      if (task.status === 'done') c.done += 1;
      map.set(task.missionId, c);
    }
    return map;
  }, [tasks, fiscalYear]);

  const fail = (error: unknown) => notifySaveFailed(t, error);
  const setArchived = (m: MissionRecord, archived: boolean) => missionCommands.update(m.id, { archived }).catch(fail);

  return (
    <>
      <PageHeader
        title={t('nav.missions')}
        subtitle={t('modules.missions.subtitle')}
        actions={<AddButton onClick={() => setEditing('new')}>{t('missions.add')}</AddButton>}
      />
      <MissionsTabs active="list" />
      <Group justify="space-between" mb="sm">
        <Text c="dimmed" size="sm">
          {t('missions.countsNote', { year: fiscalYear })}
        </Text>
        <Switch label={t('missions.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
      </Group>
      <Stack gap="xs" data-testid="mission-list">
        {shown.map((m, index) => {
          const c = counts.get(m.id) ?? { total: 0, done: 0 };
          return (
            <Paper key={m.id} withBorder p="sm" data-testid="mission-row" opacity={m.archived ? 0.6 : 1}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600} component={Link} to={`/missions/m/${m.id}`} c="indigo.8">
                    {t('missions.numbered', { no: m.no, title: m.title })}
                  </Text>
                  <Group gap="xs">
                    <Badge variant="light" color="gray">
                      {t(`workGroups.${m.workGroup}`)}
                    </Badge>
                    {m.archived && <Badge color="orange">{t('missions.archived')}</Badge>}
                    <Text size="sm" c="dimmed" data-testid="mission-task-count">
                      {t('missions.taskCounts', { total: formatNumber(c.total), done: formatNumber(c.done) })}
                    </Text>
                  </Group>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('missions.moveUp')}>
                    <ActionIcon variant="subtle" aria-label={t('missions.moveUpNamed', { no: m.no })} disabled={index === 0} onClick={() => void missionCommands.move(shown, m.id, -1).catch(fail)}>
                      <IconArrowUp size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('missions.moveDown')}>
                    <ActionIcon variant="subtle" aria-label={t('missions.moveDownNamed', { no: m.no })} disabled={index === shown.length - 1} onClick={() => void missionCommands.move(shown, m.id, 1).catch(fail)}>
                      <IconArrowDown size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon variant="subtle" aria-label={t('missions.editNamed', { no: m.no })} onClick={() => setEditing(m)}>
                      <IconPencil size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={m.archived ? t('missions.unarchive') : t('missions.archive')}>
                    <ActionIcon variant="subtle" color={m.archived ? 'teal' : 'orange'} aria-label={`${m.archived ? t('missions.unarchive') : t('missions.archive')} ${m.no}`} onClick={() => void setArchived(m, !m.archived)}>
                      {m.archived ? <IconRestore size={18} /> : <IconArchive size={18} />}
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <MissionFormModal
        editing={editing}
        nextNo={Math.max(0, ...(missions ?? []).map((m) => m.no)) + 1}
        nextOrder={Math.max(0, ...(missions ?? []).map((m) => m.order)) + 1}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
