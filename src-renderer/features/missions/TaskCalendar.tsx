import { ActionIcon, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BE_OFFSET, THAI_MONTHS_LONG, toCalendarDate } from '../../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../../src-main/shared/text/thai-digits';
import type { TaskRecord } from '../../data';
import { useDisplayPrefs } from '../../ui/display-prefs';
import { isOverdue } from './model/task-filter';
import { monthGrid, shiftMonth } from './model/month-grid';
import { STATUS_COLORS } from './task-badges';
import { MoreCount } from './MoreCount';

const WEEKDAYS = ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'];
const SHOWN_PER_DAY = 3;

/** Month calendar of due dates (undated tasks are in the list view). */
export function TaskCalendar({ tasks, today, onOpen }: { tasks: TaskRecord[]; today: string; onOpen: (task: TaskRecord) => void }) {
  const { t } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  const now = toCalendarDate(today);
  const [shown, setShown] = useState({ year: now.year, month: now.month });
  const days = monthGrid(shown.year, shown.month);
  const byDay = useMemo(() => {
    const map = new Map<string, TaskRecord[]>();
    for (const task of tasks) if (task.dueDate) map.set(task.dueDate, [...(map.get(task.dueDate) ?? []), task]);
    return map;
  }, [tasks]);
  const digits = (text: string) => applyDigitStyle(text, thaiDigits);

  return (
    <Stack gap="xs" data-testid="task-calendar">
      <Group justify="space-between">
        <Title order={2} size="h4" data-testid="calendar-month">
          {digits(`${THAI_MONTHS_LONG[shown.month - 1] ?? ''} ${shown.year + BE_OFFSET}`)}
        </Title>
        <Group gap="xs">
          <ActionIcon variant="default" aria-label={t('tasks.calendar.previous')} onClick={() => setShown(shiftMonth(shown.year, shown.month, -1))}>
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Button variant="default" size="xs" onClick={() => setShown({ year: now.year, month: now.month })}>
            {t('tasks.calendar.thisMonth')}
          </Button>
          <ActionIcon variant="default" aria-label={t('tasks.calendar.next')} onClick={() => setShown(shiftMonth(shown.year, shown.month, 1))}>
            <IconChevronRight size={18} />
          </ActionIcon>
        </Group>
      </Group>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {WEEKDAYS.map((d) => (
          <Text key={d} ta="center" size="sm" fw={600} c="dimmed">
            {d}
          </Text>
        ))}
        {days.map((day) => {
          const due = byDay.get(day.iso) ?? [];
          return (
            <Paper
              key={day.iso}
              withBorder
              p={4}
              mih={96}
              bg={day.iso === today ? 'indigo.0' : day.inMonth ? undefined : 'gray.0'}
              data-testid={`calendar-day-${day.iso}`}
            >
              <Text size="xs" fw={day.iso === today ? 700 : 400} c={day.inMonth ? undefined : 'dimmed'}>
                {digits(String(Number(day.iso.slice(8))))}
              </Text>
              <Stack gap={2}>
                {due.slice(0, SHOWN_PER_DAY).map((task) => (
                  <UnstyledButton key={task.id} onClick={() => onOpen(task)} title={task.title}>
                    <Badge
                      fullWidth
                      radius="sm"
                      variant={isOverdue(task, today) ? 'filled' : 'light'}
                      color={isOverdue(task, today) ? 'red' : STATUS_COLORS[task.status]}
                      styles={{ label: { textTransform: 'none', fontWeight: 500 } }}
                    >
                      {task.title}
                    </Badge>
                  </UnstyledButton>
                ))}
                <MoreCount total={due.length} shown={SHOWN_PER_DAY} />
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
