import { Button, Grid, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { pressPickupSchema, type PressPickup } from '../../../src-main/shared/domain/press';
import type { PressReleaseRecord } from '../../data';
import { pressFieldError } from './press-field-error';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useDistributionCommands, useOutlets, usePickups } from './data';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';

/** การนำข่าวไปเผยแพร่: which outlet used the release, where (link or clipping) and when. */
export function PickupPanel({ release }: { release: PressReleaseRecord }) {
  const { t } = useTranslation();
  const { addPickup } = useDistributionCommands();
  const outlets = useOutlets();
  const pickups = usePickups(release.id);
  const empty = (): PressPickup => ({ releaseId: release.id, outletId: null, outletName: '', url: '', clipping: '', date: localIsoDate(new Date()) });
  const { register, control, handleSubmit, reset, setValue, formState } = useForm<PressPickup>({ resolver: zodResolver(pressPickupSchema), defaultValues: empty() });
  const save = handleSubmit(async (values) => {
    try {
      await addPickup(values);
      notifications.show({ color: 'teal', message: t('press.pickupSaved') });
      reset(empty());
    } catch (error) {
      notifySaveFailed(t, error);
    }
  });
  const e = formState.errors;
  const err = (m: string | undefined) => pressFieldError(t, m);
  return (
    <Stack gap="sm">
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('press.pickupForm')}>
        <Grid align="flex-start">
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="outletId"
              render={({ field }) => (
                <Select
                  label={t('press.fields.outlet')}
                  data={(outlets ?? []).map((o) => ({ value: o.id, label: o.name }))}
                  value={field.value}
                  onChange={(v) => {
                    field.onChange(v);
                    const outlet = outlets?.find((o) => o.id === v);
                    if (outlet) setValue('outletName', outlet.name, { shouldValidate: formState.isSubmitted });
                  }}
                  searchable
                  clearable
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.outletName')} withAsterisk {...register('outletName')} error={err(e.outletName?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller control={control} name="date" render={({ field }) => <ThaiDateInput label={t('press.fields.pickupDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={err(e.date?.message)} />} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('press.fields.url')} placeholder="https://" {...register('url')} error={err(e.url?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('press.fields.clipping')} placeholder={t('press.clippingHint')} {...register('clipping')} error={err(e.clipping?.message)} />
          </Grid.Col>
        </Grid>
        <Button type="submit" mt="sm" loading={formState.isSubmitting}>
          {t('press.addPickup')}
        </Button>
      </form>
      {pickups?.length ? (
        <DataTable striped testId="pickup-log" headings={[t('press.fields.outletName'), t('press.fields.pickupDate'), t('press.fields.where')]}>
          {pickups.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.outletName}</Table.Td>
              <Table.Td>
                <ThaiDateText value={p.date} />
              </Table.Td>
              <Table.Td>
                {p.url && (
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {p.url}
                  </Text>
                )}
                {p.clipping && <Text size="sm">{p.clipping}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      ) : (
        <Text size="sm" c="dimmed">
          {t('press.noPickups')}
        </Text>
      )}
    </Stack>
  );
}
