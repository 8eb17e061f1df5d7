import { ActionIcon, Alert, Button, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { attendanceSchema, type Attendance } from '../../../src-main/shared/domain/internship';
import { minutesWorked } from '../../../src-main/shared/domain/internship-hours';
import { formatThaiDateShort } from '../../../src-main/shared/text/thai-date';
import { fieldError } from '../../ui/field-error';
import { PageHeader } from '../../ui/PageHeader';
import { attendanceId } from './model/attendance-id';
import { defaultBreakMinutes, formatAttendanceCell, parseAttendanceCell, weekOf } from './model/attendance-cell';
import { InternshipsTabs } from './InternshipsTabs';
import { useAttendanceByIntern, useInternshipCommands, useInterns } from './data';
import { notifySaveFailed } from '../../ui/notify';
import { useFormatWorkedTime } from './use-worked-time';

const WEEKDAYS = ['จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.', 'อา.'];
const key = (internId: string, date: string) => `${internId}|${date}`;

/**
 * ลงเวลา: a week of attendance for every intern on one screen, typed as on the paper sheet
 * ("8.30-16.30", "ลา", "ขาด", "หยุด"); Enter moves down, Tab moves right. Nothing is saved while
 * any cell is wrong, and nothing typed is lost.
 */
export function AttendancePage() {
  const { t } = useTranslation();
  const { saveAttendanceWeek } = useInternshipCommands();
  const formatWorkedTime = useFormatWorkedTime();
  const interns = useInterns();
  const stored = useAttendanceByIntern();
  const [anchor, setAnchor] = useState(localIsoDate(new Date()));
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const days = weekOf(anchor);
  const first = days[0] ?? anchor;
  const last = days[6] ?? anchor;
  const rows = (interns ?? []).filter((i) => (i.status === 'active' || i.status === 'accepted') && i.startDate <= last && i.endDate >= first);
  const storedDay = (internId: string, date: string) => stored?.get(internId)?.find((d) => d.date === date);
  const cellText = (internId: string, date: string) => typed[key(internId, date)] ?? formatAttendanceCell(storedDay(internId, date));

  const parse = (internId: string, date: string): { day: Attendance | null; error?: string } => {
    const text = cellText(internId, date);
    const cell = parseAttendanceCell(text);
    if (cell === 'invalid') return { day: null, error: t('internships.cellUnreadable') };
    if (cell === null) return { day: null };
    const day = { internId, date, ...cell, breakMinutes: defaultBreakMinutes(cell), note: storedDay(internId, date)?.note ?? '' };
    const checked = attendanceSchema.safeParse(day);
    return checked.success ? { day: checked.data } : { day: null, error: fieldError(t, checked.error.issues[0]?.message) };
  };

  const save = async () => {
    const nextErrors: Record<string, string> = {};
    const toSave: Attendance[] = [];
    const toClear: string[] = [];
    for (const intern of rows) {
      for (const date of days) {
        const k = key(intern.id, date);
        if (typed[k] === undefined) continue;
        const { day, error } = parse(intern.id, date);
        if (error) nextErrors[k] = error;
        else if (day) toSave.push(day);
        else if (storedDay(intern.id, date)) toClear.push(attendanceId(intern.id, date));
      }
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      notifications.show({ color: 'red', message: t('internships.fixCells', { count: Object.keys(nextErrors).length }) });
      return;
    }
    setSaving(true);
    try {
      await saveAttendanceWeek(toSave, toClear);
      setTyped({});
      notifications.show({ color: 'teal', message: t('internships.attendanceSaved', { count: toSave.length + toClear.length }) });
    } catch (error) {
      notifySaveFailed(t, error);
    } finally {
      setSaving(false);
    }
  };

  const moveDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = document.querySelector<HTMLInputElement>(`[data-cell="${row + 1}-${column}"]`) ?? document.querySelector<HTMLInputElement>(`[data-cell="0-${column + 1}"]`);
    next?.focus();
    next?.select();
  };
  const shift = (by: number) => {
    const d = new Date(`${first}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + by * 7);
    setAnchor(d.toISOString().slice(0, 10));
  };
  const dirty = Object.keys(typed).length > 0;

  return (
    <>
      <PageHeader title={t('nav.internships')} subtitle={t('modules.internships.subtitle')} />
      <InternshipsTabs active="attendance" />
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <ActionIcon variant="default" aria-label={t('internships.previousWeek')} disabled={dirty} onClick={() => shift(-1)}>
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Title order={2} size="h4" data-testid="attendance-week">
            {formatThaiDateShort(first)} – {formatThaiDateShort(last)}
          </Title>
          <ActionIcon variant="default" aria-label={t('internships.nextWeek')} disabled={dirty} onClick={() => shift(1)}>
            <IconChevronRight size={18} />
          </ActionIcon>
        </Group>
        <Button leftSection={<IconDeviceFloppy size={18} />} onClick={() => void save()} loading={saving} disabled={!dirty}>
          {t('internships.saveAttendance')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('internships.attendanceHelp')}
      </Text>
      {rows.length === 0 ? (
        <Alert color="gray">{t('internships.noInternsThisWeek')}</Alert>
      ) : (
        <Paper withBorder>
          <Table data-testid="attendance-grid">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('internships.intern')}</Table.Th>
                {days.map((d, i) => (
                  <Table.Th key={d}>
                    {WEEKDAYS[i]} {Number(d.slice(8))}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('internships.weekHours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((intern, row) => {
                const minutes = days.reduce((sum, date) => {
                  const { day } = parse(intern.id, date);
                  return sum + (day ? minutesWorked(day) : 0);
                }, 0);
                return (
                  <Table.Tr key={intern.id}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {intern.firstName} {intern.lastName}
                      </Text>
                    </Table.Td>
                    {days.map((date, column) => {
                      const k = key(intern.id, date);
                      const outside = date < intern.startDate || date > intern.endDate;
                      return (
                        <Table.Td key={date} p={4}>
                          <TextInput
                            size="xs"
                            w={112}
                            aria-label={t('internships.cellLabel', { name: intern.firstName, date: formatThaiDateShort(date) })}
                            data-cell={`${row}-${column}`}
                            disabled={outside}
                            value={cellText(intern.id, date)}
                            onChange={(e) => setTyped({ ...typed, [k]: e.currentTarget.value })}
                            onKeyDown={(e) => moveDown(e, row, column)}
                            error={errors[k]}
                          />
                        </Table.Td>
                      );
                    })}
                    <Table.Td ta="right" data-testid="week-hours">
                      {formatWorkedTime(minutes)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
