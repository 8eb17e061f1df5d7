import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { officialClockText } from '../../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../../src-main/shared/text/thai-digits';
import type { AgendaReader } from '../../data/agenda';
import { useDisplayPrefs } from '../../ui/display-prefs';
import { useShellContributions } from '../../ui/feature-manifest';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useAgendaItems } from './data';
import { AGENDA_DAYS_AHEAD, agendaDays, agendaRange } from './model/agenda-days';

/** Every module's agenda reader, loaded once after the dashboard itself. */
function useAgendaReaders(): AgendaReader[] | null {
  const { agendaSources } = useShellContributions();
  const [readers, setReaders] = useState<AgendaReader[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(agendaSources.map((s) => s.load())).then((loaded) => live && setReaders(loaded));
    return () => {
      live = false;
    };
  }, [agendaSources]);
  return readers;
}

/**
 * วันนี้และ 7 วันข้างหน้า: events to cover, conferences, deadlines and interns coming and going,
 * from every module, by day and time — the office's week at a glance on the first screen.
 */
export function AgendaPanel() {
  const { t } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  const readers = useAgendaReaders();
  const today = localIsoDate(new Date());
  const range = agendaRange(today);
  const items = useAgendaItems(readers, range);
  const days = items ? agendaDays(items, range) : null;
  return (
    <Paper withBorder p="md" mb="lg" data-testid="dashboard-agenda" data-ready={days ? 'true' : 'false'}>
      <Title order={2} size="h4" mb="xs">
        {t('dashboard.agenda.title', { n: AGENDA_DAYS_AHEAD })}
      </Title>
      <Stack gap="sm">
        {days?.map((day) => (
          <div key={day.date} data-testid="agenda-day" data-date={day.date}>
            <Text fw={600} size="sm">
              {day.offset === 0 ? t('dashboard.agenda.today') : day.offset === 1 ? t('dashboard.agenda.tomorrow') : null}
              {day.offset <= 1 ? ' · ' : ''}
              <ThaiDateText value={day.date} format="long" />
            </Text>
            {day.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('dashboard.agenda.nothing')}
              </Text>
            ) : (
              <Stack gap={2} mt={2}>
                {day.items.map((item) => (
                  <Group key={item.key} gap="xs" wrap="nowrap" data-testid="agenda-item">
                    <Text size="sm" w={70} style={{ whiteSpace: 'nowrap' }}>
                      {item.time ? applyDigitStyle(`${officialClockText(item.time)} น.`, thaiDigits) : ''}
                    </Text>
                    <Badge variant="light" color={item.deadline ? (day.offset === 0 ? 'red' : 'orange') : 'blue'} style={{ flexShrink: 0 }}>
                      {t(item.kindKey)}
                    </Badge>
                    <Anchor component={Link} to={item.to} size="sm" truncate>
                      {item.title}
                    </Anchor>
                  </Group>
                ))}
              </Stack>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
