import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { emptyBriefing } from '../../../src-main/shared/domain/briefing';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { thaiSearchTerms } from '../../../src-main/shared/text/thai-words';
import { briefingRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { EmptyState } from '../../ui/EmptyState';
import { saveErrorText } from '../../ui/field-error';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { BriefingsTabs } from './BriefingsTabs';
import { BriefingStatusBadge } from './status-badge';

/** เอกสารประกอบการแถลงข่าว: every briefing, newest first, searchable. */
export function BriefingsPage() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const briefings = useLiveQuery(async () => (await db.briefings.toArray()).filter((b) => !b.deleted), [db]);

  const shown = useMemo(() => {
    const terms = thaiSearchTerms(query);
    return (briefings ?? [])
      .filter((b) => terms.length === 0 || terms.every((term) => thaiSearchTerms(`${b.title} ${b.occasion} ${b.coreMessage}`).join(' ').includes(term)))
      .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  }, [briefings, query]);

  const create = async () => {
    try {
      const created = await briefingRepo(db).create({ ...emptyBriefing(localIsoDate(new Date())), title: t('briefings.newTitle') });
      void navigate(`/briefings/${created.id}`);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  };

  return (
    <>
      <PageHeader
        title={t('briefings.title')}
        subtitle={t('briefings.subtitle')}
        actions={
          <>
            <Button color="red" variant="light" leftSection={<IconAlertTriangle size={18} />} onClick={() => void navigate('/briefings/urgent')}>
              {t('briefings.urgent.button')}
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => void create()}>
              {t('briefings.create')}
            </Button>
          </>
        }
      />
      <BriefingsTabs active="briefings" />
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('briefings.search')}
        aria-label={t('briefings.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        mb="md"
      />
      {briefings !== undefined && shown.length === 0 ? (
        <EmptyState title={t('briefings.empty')} description={t('briefings.emptyHint')} />
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('briefings.fields.title')}</Table.Th>
              <Table.Th>{t('briefings.fields.date')}</Table.Th>
              <Table.Th>{t('briefings.fields.status')}</Table.Th>
              <Table.Th>{t('briefings.fields.version')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Link to={`/briefings/${b.id}`}>{b.title}</Link>
                    {b.urgency !== 'normal' && (
                      <Badge color="red" size="sm">
                        {t(`briefings.urgency.${b.urgency}`)}
                      </Badge>
                    )}
                  </Group>
                  {b.coreMessage && (
                    <Text size="sm" c="dimmed" lineClamp={1}>
                      {b.coreMessage}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ThaiDateText value={b.date} format="short" />
                </Table.Td>
                <Table.Td>
                  <BriefingStatusBadge status={b.status} />
                </Table.Td>
                <Table.Td>{b.version}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
