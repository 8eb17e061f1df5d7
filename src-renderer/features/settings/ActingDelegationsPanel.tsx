import { Alert, Button, Grid, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { can } from '../../../src-main/shared/auth/permissions';
import { DELEGATION_PERIOD_ISSUE, actingDelegationFieldsSchema, actingDelegationsOf, isDelegationPeriod, bangkokDay, type ActingDelegation } from '../../../src-main/shared/domain/acting-delegation';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { fieldError } from '../../ui/field-error';
import { permissionText } from '../../ui/permission-text';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useOfficeProfile, useOfficeProfileCommands, useStaff } from './data';
import { DataTable } from '../../ui/DataTable';
import { TitledPanel } from '../../ui/TitledPanel';
import { notifySaveFailed } from '../../ui/notify';

/** What the form edits; who set it and when are filled in on save. */
const formSchema = actingDelegationFieldsSchema.pick({ staffId: true, from: true, to: true, note: true }).refine(isDelegationPeriod, DELEGATION_PERIOD_ISSUE);
type DelegationForm = z.infer<typeof formSchema>;
const EMPTY: DelegationForm = { staffId: '', from: '', to: '', note: '' };

/**
 * รักษาราชการแทน: who carries the director's approvals while the director is away, and for which
 * days. Set by the director or an administrator (the office profile is theirs: the data layer
 * refuses anyone else, and the button says so). Past delegations stay listed as the record.
 */
export function ActingDelegationsPanel() {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const profile = useOfficeProfile();
  const profileCommands = useOfficeProfileCommands();
  // Who may act for the director: current staff, not interns, not the director.
  const staff = useStaff()?.filter((s) => s.active && s.role !== 'intern' && s.role !== 'director');
  const names = new Map((staff ?? []).map((s) => [s.id, staffDisplayName(s)]));
  const allowed = can(acting, 'settings.edit');
  const delegations = actingDelegationsOf(profile ?? undefined).sort((a, b) => b.from.localeCompare(a.from));
  const today = bangkokDay(new Date());
  const { control, handleSubmit, reset, formState } = useForm<DelegationForm>({ resolver: zodResolver(formSchema), defaultValues: EMPTY, mode: 'onSubmit', reValidateMode: 'onChange' });
  const e = formState.errors;

  const store = async (next: ActingDelegation[], done: string) => {
    try {
      await profileCommands.save({ actingDelegations: next });
      notifications.show({ color: 'teal', message: t(done) });
      return true;
    } catch (error) {
      notifySaveFailed(t, error);
      return false;
    }
  };
  const add = handleSubmit(async (values) => {
    const entry: ActingDelegation = { id: crypto.randomUUID(), ...values, note: values.note.trim(), setBy: acting?.staffId ?? '', setAt: new Date().toISOString() };
    if (await store([...actingDelegationsOf(profile ?? undefined), entry], 'acting.saved')) reset(EMPTY);
  });
  const remove = (id: string) => void store(actingDelegationsOf(profile ?? undefined).filter((d) => d.id !== id), 'acting.removed');

  return (
    <Stack>
      <TitledPanel title={t('acting.title')} p="lg">
        <Text c="dimmed" mb="md">
          {t('acting.explain')}
        </Text>
        {/* The delegations live in the office profile, which cannot be saved half empty: the save
            was refused with no word beside the fields. */}
        {profile === null && (
          <Alert color="yellow" mb="md" data-testid="acting-needs-profile">
            {t('acting.needsProfile')}
          </Alert>
        )}
        <form aria-label={t('acting.form')} onSubmit={(event) => void add(event)}>
          <Grid align="flex-end">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Controller
                control={control}
                name="staffId"
                render={({ field }) => (
                  <Select label={t('acting.who')} withAsterisk data={(staff ?? []).map((s) => ({ value: s.id, label: staffDisplayName(s) }))} value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldError(t, e.staffId?.message)} searchable />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 2 }}>
              <Controller control={control} name="from" render={({ field }) => <ThaiDateInput label={t('acting.from')} withAsterisk value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldError(t, e.from?.message)} />} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 2 }}>
              <Controller control={control} name="to" render={({ field }) => <ThaiDateInput label={t('acting.to')} withAsterisk value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldError(t, e.to?.message)} />} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Controller control={control} name="note" render={({ field }) => <TextInput label={t('acting.note')} placeholder={t('acting.notePlaceholder')} {...field} error={fieldError(t, e.note?.message)} />} />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end" mt="md">
            {!allowed.allowed && (
              <Text size="sm" c="red" data-testid="acting-refused">
                {permissionText(t, allowed)}
              </Text>
            )}
            <Button type="submit" disabled={!allowed.allowed || profile === null}>
              {t('acting.add')}
            </Button>
          </Group>
        </form>
      </TitledPanel>
      <Paper withBorder p="lg">
        {delegations.length === 0 ? (
          <Alert color="gray">{t('acting.none')}</Alert>
        ) : (
          <DataTable testId="acting-list" headings={[t('acting.who'), t('acting.period'), t('acting.note'), t('acting.setBy'), null]}>
            {delegations.map((d) => (
              <Table.Tr key={d.id} data-testid="acting-row" data-active={d.from <= today && today <= d.to ? 'true' : 'false'}>
                <Table.Td>{names.get(d.staffId) ?? t('acting.unknownStaff')}</Table.Td>
                <Table.Td>
                  <ThaiDateText value={d.from} /> – <ThaiDateText value={d.to} />
                </Table.Td>
                <Table.Td>{d.note}</Table.Td>
                <Table.Td>
                  {names.get(d.setBy) ?? ''} <ThaiDateText value={d.setAt} withTime />
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" color="red" disabled={!allowed.allowed} onClick={() => remove(d.id)}>
                    {t('acting.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Paper>
    </Stack>
  );
}
