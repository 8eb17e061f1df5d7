import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { isQaStale, QA_STALE_AFTER_DAYS } from '../../../src-main/shared/domain/qa-bank';
import type { QaBankRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { BriefingsTabs } from './BriefingsTabs';
import { useQaBank } from './data';
import { QaBankFormModal } from './QaBankFormModal';
import { searchQaBank } from './model/qa-search';
import { AddButton } from '../../ui/AddButton';

/** คลังคำถาม-คำตอบ: answers someone approved, by topic; old ones are flagged for review. */
export function QaBankPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState<string | null>(null);
  const [onlyStale, setOnlyStale] = useState(false);
  const [editing, setEditing] = useState<QaBankRecord | null | 'new'>(null);
  const items = useQaBank();
  const today = localIsoDate(new Date());
  const topics = [...new Set((items ?? []).map((i) => i.topic))].sort((a, b) => a.localeCompare(b, 'th'));
  const shown = searchQaBank(items ?? [], query).filter((i) => (topic === null || i.topic === topic) && (!onlyStale || isQaStale(i, today)));
  const staleCount = (items ?? []).filter((i) => isQaStale(i, today)).length;

  return (
    <>
      <PageHeader
        title={t('briefings.bank.title')}
        subtitle={t('briefings.bank.subtitle', { days: QA_STALE_AFTER_DAYS })}
        actions={<AddButton onClick={() => setEditing('new')}>{t('briefings.bank.add')}</AddButton>}
      />
      <BriefingsTabs active="bank" />
      <Group mb="md" align="flex-end">
        <TextInput style={{ flex: 1 }} leftSection={<IconSearch size={16} />} aria-label={t('briefings.bank.search')} placeholder={t('briefings.bank.search')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        <Select aria-label={t('briefings.bank.topic')} placeholder={t('briefings.bank.allTopics')} clearable data={topics} value={topic} onChange={setTopic} />
        <Button variant={onlyStale ? 'filled' : 'light'} color="orange" onClick={() => setOnlyStale((v) => !v)}>
          {t('briefings.bank.staleFilter', { n: staleCount })}
        </Button>
      </Group>
      {items !== undefined && shown.length === 0 ? (
        <EmptyState title={t('briefings.bank.empty')} />
      ) : (
        <Stack gap="xs">
          {shown.map((item) => {
            const stale = isQaStale(item, today);
            return (
              <Paper key={item.id} withBorder p="sm" data-testid="bank-item">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={2} style={{ flex: 1 }}>
                    <Group gap="xs">
                      <Badge variant="light">{item.topic}</Badge>
                      {item.hostile && <Badge color="red" variant="light">{t('briefings.fields.hostile')}</Badge>}
                      {stale && (
                        <Badge color="orange" data-testid="stale-flag">
                          {t('briefings.bank.stale')}
                        </Badge>
                      )}
                    </Group>
                    <Text fw={700}>{item.question}</Text>
                    <Text size="sm">{item.answer}</Text>
                    <Text size="xs" c="dimmed">
                      {t('briefings.bank.approvedLine', { name: item.approver, n: item.version })} <ThaiDateText value={item.approvedOn} format="short" />
                      {item.reviewBy && (
                        <>
                          {' · '}
                          {t('briefings.bank.reviewBy')} <ThaiDateText value={item.reviewBy} format="short" />
                        </>
                      )}
                    </Text>
                  </Stack>
                  <Button size="xs" variant="light" onClick={() => setEditing(item)}>
                    {t('common.edit')}
                  </Button>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      <QaBankFormModal opened={editing !== null} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
    </>
  );
}
