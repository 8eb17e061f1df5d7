import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../src-main/shared/auth/permissions';
import { bangkokDay } from '../../../src-main/shared/domain/acting-delegation';
import { dueForDestruction, fiscalYearEnd, RETENTION_KINDS, RETENTION_RULES, retentionYearsOf, type RetentionKind } from '../../../src-main/shared/pdpa/retention';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { useAppData } from '../../session/app-data';
import { PanelHeading } from './PanelHeading';
import { reloadWithNotice } from '../../platform';
import { permissionText } from '../../ui/permission-text';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { RetentionListButtons } from './RetentionListButtons';
import { useOfficeProfile } from '../settings/data';
import { useEraseDueRecords, useRetentionCandidates, useSaveRetentionYears } from './data';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';
import { confirmDanger } from '../../ui/confirm-danger';

const key = (kind: string, id: string) => `${kind}\u0000${id}`;

/**
 * ข้อมูลส่วนบุคคล → ครบกำหนดเก็บรักษา: the office's retention periods, and once a year the list
 * of records whose period has ended: printed for the director to approve, then erased the same
 * way a single erasure is (every workstation, the share, the backups).
 */
export function RetentionPanel() {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const eraseRight = can(acting, 'pdpa.erase');
  const settingsRight = can(acting, 'settings.edit');
  const today = bangkokDay(new Date());
  const currentYear = fiscalYearOf(today);
  const [year, setYear] = useState(currentYear);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [draftYears, setDraftYears] = useState<Partial<Record<RetentionKind, number>>>({});
  const [erasing, setErasing] = useState<number | null>(null);
  const profile = useOfficeProfile();
  const candidates = useRetentionCandidates();
  const saveRetentionYears = useSaveRetentionYears();
  const eraseDue = useEraseDueRecords();
  const years = retentionYearsOf(profile?.retentionYears);
  const due = candidates ? dueForDestruction(candidates, years, fiscalYearEnd(year)) : undefined;
  const chosen = (due ?? []).filter((d) => !unchecked.has(key(d.kind, d.recordId)));

  const saveYears = async () => {
    try {
      await saveRetentionYears({ ...profile?.retentionYears, ...draftYears });
      setDraftYears({});
      notifications.show({ color: 'teal', message: t('privacy.retention.saved') });
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };

  const erase = () => {
    let approved = false;
    confirmDanger(t, {
      title: t('privacy.retention.eraseTitle', { count: chosen.length }),
      size: 'lg',
      message: (
        <Stack gap="sm">
          <Text>{t('privacy.retention.eraseConfirm', { count: chosen.length, year })}</Text>
          <Checkbox label={t('privacy.retention.approved')} onChange={(e) => (approved = e.currentTarget.checked)} data-testid="retention-approved" />
        </Stack>
      ),
      confirm: t('privacy.retention.erase', { count: chosen.length }),
      // The director's signature on the printed list is the approval; the box records that it was seen.
      closeOnConfirm: false,
      onConfirm: () => {
        if (!approved) {
          notifications.show({ color: 'orange', message: t('privacy.retention.approveFirst') });
          return;
        }
        modals.closeAll();
        const list = [...chosen];
        setErasing(0);
        eraseDue(list, t('privacy.retention.reason', { year }), setErasing)
          .then((done) => {
            setUnchecked(new Set());
            // As after a single erasure: new database files without the erased values (PersonErasure).
            reloadWithNotice(t('privacy.retention.erased', { count: done }));
          })
          .catch((error: unknown) => notifySaveFailed(t, error))
          .finally(() => setErasing(null));
      },
    });
  };

  return (
    <Stack gap="md" data-testid="retention-panel">
      <PanelHeading title={t('privacy.retention.title')} help={t('privacy.retention.help')} />
      <DataTable testId="retention-rules" framed headings={[t('privacy.retention.kind'), { label: t('privacy.retention.years'), style: { width: 140 } }, t('privacy.retention.basis')]}>
        {RETENTION_KINDS.map((kind) => (
          <Table.Tr key={kind}>
            <Table.Td>
              <Text fw={600}>{RETENTION_RULES[kind].kindLabel}</Text>
              <Text size="sm" c="dimmed">
                {RETENTION_RULES[kind].from}
              </Text>
            </Table.Td>
            <Table.Td>
              <NumberInput
                aria-label={t('privacy.retention.yearsOf', { kind: RETENTION_RULES[kind].kindLabel })}
                min={1}
                max={50}
                allowDecimal={false}
                disabled={!settingsRight.allowed}
                value={draftYears[kind] ?? years[kind]}
                onChange={(v) => typeof v === 'number' && setDraftYears((d) => ({ ...d, [kind]: v }))}
                suffix=" ปี"
              />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{RETENTION_RULES[kind].basis}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {Object.keys(draftYears).length > 0 && (
        <Group justify="flex-end">
          <Button onClick={() => void saveYears()}>{t('privacy.retention.saveYears')}</Button>
        </Group>
      )}

      <Group justify="space-between" align="flex-end">
        <Select
          label={t('privacy.retention.fiscalYear')}
          w={360}
          data={[currentYear + 1, currentYear, currentYear - 1, currentYear - 2].map((y) => ({ value: String(y), label: t('privacy.retention.fiscalYearOption', { year: y }) }))}
          value={String(year)}
          allowDeselect={false}
          onChange={(v) => v && setYear(Number(v))}
        />
        <RetentionListButtons year={year} due={chosen} years={years} />
      </Group>
      {!eraseRight.allowed && <Alert color="orange">{permissionText(t, eraseRight)}</Alert>}
      <DataTable striped testId="retention-due" framed headings={[{ style: { width: 40 } }, t('privacy.retention.kind'), t('privacy.retention.name'), t('privacy.retention.reference'), t('privacy.retention.dueDate')]}>
        {due?.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={5}>
              <Text c="dimmed">{t('privacy.retention.nothingDue', { year })}</Text>
            </Table.Td>
          </Table.Tr>
        )}
        {due?.map((d) => {
          const id = key(d.kind, d.recordId);
          return (
            <Table.Tr key={id} data-testid="retention-row">
              <Table.Td>
                <Checkbox
                  aria-label={t('privacy.retention.include', { name: d.name })}
                  checked={!unchecked.has(id)}
                  onChange={(e) => {
                    const next = new Set(unchecked);
                    if (e.currentTarget.checked) next.delete(id);
                    else next.add(id);
                    setUnchecked(next);
                  }}
                />
              </Table.Td>
              <Table.Td>{RETENTION_RULES[d.kind].kindLabel}</Table.Td>
              <Table.Td>{d.name}</Table.Td>
              <Table.Td>{d.reference}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ThaiDateText value={d.dueDate} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      <Group justify="flex-end">
        <Button color="red" disabled={!eraseRight.allowed || chosen.length === 0 || erasing !== null} loading={erasing !== null} onClick={erase}>
          {erasing !== null ? t('privacy.retention.erasing', { done: erasing, count: chosen.length }) : t('privacy.retention.erase', { count: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}
