import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { emptyBriefing } from '../../../src-main/shared/domain/briefing';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { thaiSearchTerms } from '../../../src-main/shared/text/thai-words';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { BriefingsTabs } from './BriefingsTabs';
import { useBriefingCommands, useBriefings } from './data';
import { BriefingStatusBadge } from './status-badge';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';
import { AddButton } from '../../ui/AddButton';

/** เอกสารประกอบการแถลงข่าว: every briefing, newest first, searchable. */
export function BriefingsPage() {
  const { t } = useTranslation();
  const { create: createBriefing } = useBriefingCommands();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const briefings = useBriefings();

  const shown = useMemo(() => {
    const terms = thaiSearchTerms(query);
    return (briefings ?? [])
      .filter((b) => terms.length === 0 || terms.every((term) => thaiSearchTerms(`${b.title} ${b.occasion} ${b.coreMessage}`).join(' ').includes(term)))
      .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  }, [briefings, query]);

  const create = async () => {
    try {
      const created = await createBriefing({ ...emptyBriefing(localIsoDate(new Date())), title: t('briefings.newTitle') });
      void navigate(`/briefings/${created.id}`);
    } catch (error) {
      notifySaveFailed(t, error);
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
            <AddButton onClick={() => void create()}>{t('briefings.create')}</AddButton>
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
        <DataTable striped highlightOnHover headings={[t('briefings.fields.title'), t('briefings.fields.date'), t('briefings.fields.status'), t('briefings.fields.version')]}>
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
        </DataTable>
      )}
    </>
  );
}
