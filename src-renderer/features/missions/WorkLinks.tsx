import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { WORK_LINK_MODULES, workLinkSchema, type WorkLinkModule } from '../../../src-main/shared/domain/work-link';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useWorkLinkCommands, useWorkLinks } from './data';
import { notifySaveFailed } from '../../ui/notify';
import { issueErrors } from '../../ui/issue-errors';

/**
 * Work done under a mission (or one task): records other modules link here, and entries typed
 * by hand for work outside PR Desk. Reports count these, so nobody retypes them.
 */
export function WorkLinks({ missionId, taskId = null }: { missionId: string; taskId?: string | null }) {
  const { t } = useTranslation();
  const workLinkCommands = useWorkLinkCommands();
  const links = useWorkLinks(missionId, taskId);
  const [module, setModule] = useState<WorkLinkModule>('other');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<string | null>(localIsoDate(new Date()));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const add = async () => {
    const parsed = workLinkSchema.safeParse({ missionId, taskId, module, recordId: null, title, date });
    if (!parsed.success) {
      setErrors(issueErrors(t, parsed.error.issues));
      return;
    }
    try {
      await workLinkCommands.add(parsed.data);
      setTitle('');
      setErrors({});
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };

  const counts = WORK_LINK_MODULES.map((m) => ({ m, n: links?.filter((l) => l.module === m).length ?? 0 })).filter((c) => c.n > 0);
  return (
    <Stack gap="xs" data-testid="work-links">
      <Group gap="xs">
        {counts.map(({ m, n }) => (
          <Badge key={m} variant="light">
            {t(`workLinks.modules.${m}`)} {n}
          </Badge>
        ))}
      </Group>
      {links && links.length > 0 && (
        <Table striped>
          <Table.Tbody>
            {links.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td w={130}>
                  <ThaiDateText value={l.date} />
                </Table.Td>
                <Table.Td w={160}>{t(`workLinks.modules.${l.module}`)}</Table.Td>
                <Table.Td>{l.title}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {links?.length === 0 && <Text c="dimmed">{t('workLinks.none')}</Text>}
      <Group align="flex-start" gap="xs">
        <Select
          aria-label={t('workLinks.module')}
          data={WORK_LINK_MODULES.filter((m) => m !== 'task').map((m) => ({ value: m, label: t(`workLinks.modules.${m}`) }))}
          value={module}
          onChange={(v) => setModule((v) ?? 'other')}
          allowDeselect={false}
          w={170}
        />
        <TextInput
          aria-label={t('workLinks.title')}
          placeholder={t('workLinks.titlePlaceholder')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          style={{ flex: 1 }}
        />
        <ThaiDateInput aria-label={t('workLinks.date')} value={date} onChange={setDate} error={errors.date} w={170} />
        <Button onClick={() => void add()}>{t('workLinks.add')}</Button>
      </Group>
    </Stack>
  );
}
