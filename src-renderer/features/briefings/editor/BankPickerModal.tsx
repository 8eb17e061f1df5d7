import { Badge, Button, Group, Modal, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../src-main/shared/domain/fiscal-period';
import { isQaStale, qaFromBank } from '../../../../src-main/shared/domain/qa-bank';
import type { BriefingQa } from '../../../../src-main/shared/domain/briefing';
import { useQaBank } from '../data';
import { searchQaBank } from '../model/qa-search';

/** Insert from the Q&A bank in one click: the approved text is copied with its bank id and version. */
export function BankPickerModal({ opened, onClose, onInsert, insertedIds }: { opened: boolean; onClose: () => void; onInsert: (qa: BriefingQa) => void; insertedIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const items = useQaBank();
  const today = localIsoDate(new Date());
  const shown = searchQaBank(items ?? [], query);
  return (
    <Modal opened={opened} onClose={onClose} title={t('briefings.bank.pickTitle')} size="xl">
      <TextInput
        leftSection={<IconSearch size={16} />}
        aria-label={t('briefings.bank.search')}
        placeholder={t('briefings.bank.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        mb="sm"
        data-autofocus
      />
      <ScrollArea.Autosize mah="60vh">
        <Stack gap="xs">
          {shown.length === 0 && <Text c="dimmed">{t('briefings.bank.empty')}</Text>}
          {shown.map((item) => (
            <Paper key={item.id} withBorder p="sm" data-testid="bank-pick-item">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ flex: 1 }}>
                  <Group gap="xs">
                    <Badge variant="light">{item.topic}</Badge>
                    <Text size="xs" c="dimmed">
                      {t('briefings.bank.versionOf', { n: item.version })}
                    </Text>
                    {isQaStale(item, today) && (
                      <Badge color="orange" size="sm">
                        {t('briefings.bank.stale')}
                      </Badge>
                    )}
                  </Group>
                  <Text fw={700}>{item.question}</Text>
                  <Text size="sm">{item.answer}</Text>
                </Stack>
                <Button size="xs" disabled={insertedIds.has(item.id)} onClick={() => onInsert(qaFromBank(item))} aria-label={t('briefings.bank.insertOne', { q: item.question })}>
                  {insertedIds.has(item.id) ? t('briefings.bank.inserted') : t('briefings.bank.insert')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Modal>
  );
}
