import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../src-main/shared/auth/permissions';
import { breachNotice, type DataBreach } from '../../../src-main/shared/domain/data-breach';
import type { DataBreachRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { PanelHeading } from './PanelHeading';
import { EmptyState } from '../../ui/EmptyState';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useNow } from '../../ui/use-now';
import { BreachFormModal } from './BreachFormModal';
import { BreachNoticeBadge } from './BreachNoticeBadge';
import { useBreachCommands, useBreaches } from './data';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';
import { AddButton } from '../../ui/AddButton';

/**
 * ข้อมูลส่วนบุคคล → เหตุละเมิด: every incident the office recorded, newest first, with the
 * 72-hour notice to the regulator and the steps that close it. Anyone records an incident;
 * marking the notices and closing it are for those who handle PDPA (checked where it is written).
 */
export function BreachesPanel() {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const manage = can(acting, 'pdpa.manage');
  const [editing, setEditing] = useState<DataBreachRecord | 'new' | null>(null);
  const breaches = useBreaches();
  const { update } = useBreachCommands();
  const now = useNow();

  const mark = async (breach: DataBreachRecord, patch: Partial<DataBreach>) => {
    try {
      await update(breach.id, patch);
      notifications.show({ color: 'teal', message: t('privacy.breaches.saved') });
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };

  return (
    <Stack gap="md" data-testid="breaches-panel">
      <PanelHeading
        title={t('privacy.breaches.title')}
        help={t('privacy.breaches.help')}
        action={<AddButton color="red" onClick={() => setEditing('new')}>{t('privacy.breaches.new')}</AddButton>}
      />
      {breaches && breaches.length === 0 ? (
        <EmptyState title={t('privacy.breaches.empty')} />
      ) : (
        <DataTable striped testId="breaches-table" framed headings={[t('privacy.breaches.fields.discoveredDate'), t('privacy.breaches.fields.title'), t('privacy.breaches.fields.risk'), t('privacy.breaches.noticeColumn'), null]}>
          {breaches?.map((breach) => (
            <Table.Tr key={breach.id} data-testid="breach-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ThaiDateText value={breach.discoveredAt} withTime />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {breach.title}
                </Text>
                {breach.status === 'closed' && (
                  <Badge color="gray" variant="light" style={{ textTransform: 'none' }}>
                    {t('privacy.breaches.closed')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`privacy.breaches.risks.${breach.risk}`)}</Text>
              </Table.Td>
              <Table.Td>
                <BreachNoticeBadge notice={breachNotice(breach, now)} />
                {breach.risk === 'high' && (
                  <Text size="xs" c={breach.subjectsNotifiedAt ? 'teal' : 'orange'}>
                    {breach.subjectsNotifiedAt ? t('privacy.breaches.subjectsNotified') : t('privacy.breaches.subjectsToNotify')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  {breach.status === 'open' && breach.risk !== 'unlikely' && !breach.regulatorNotifiedAt && (
                    <Button size="xs" variant="light" disabled={!manage.allowed} onClick={() => void mark(breach, { regulatorNotifiedAt: new Date().toISOString() })}>
                      {t('privacy.breaches.markRegulator')}
                    </Button>
                  )}
                  {breach.status === 'open' && breach.risk === 'high' && !breach.subjectsNotifiedAt && (
                    <Button size="xs" variant="light" disabled={!manage.allowed} onClick={() => void mark(breach, { subjectsNotifiedAt: new Date().toISOString() })}>
                      {t('privacy.breaches.markSubjects')}
                    </Button>
                  )}
                  {/* An incident that needed the notice closes only once it was given (the record refuses otherwise). */}
                  {breach.status === 'open' && (breach.risk === 'unlikely' || breach.regulatorNotifiedAt) && (
                    <Button size="xs" variant="default" disabled={!manage.allowed} onClick={() => void mark(breach, { status: 'closed' })}>
                      {t('privacy.breaches.close')}
                    </Button>
                  )}
                  <Button size="xs" variant="default" disabled={!manage.allowed} onClick={() => setEditing(breach)}>
                    {t('common.edit')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <BreachFormModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
