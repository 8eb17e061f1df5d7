import { Group, NumberInput, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { KPI_DIRECTIONS, KPI_SOURCES } from '../../../../src-main/shared/domain/plan';
import { ControlledSelect } from '../../../ui/ControlledSelect';
import { FormRowList, RemoveRowButton } from '../../../ui/FormRowList';
import { newKpi, planYears, type PlanForm } from '../model/plan-form';

interface Props {
  control: Control<PlanForm>;
  register: UseFormRegister<PlanForm>;
  error: (name: string) => string | undefined;
  readOnly: boolean;
}

/**
 * ตัวชี้วัด: what is measured, where its actual comes from (the office's own tagged records, or
 * typed in), which way is better, and a target for each fiscal year of the plan.
 */
export function KpisSection({ control, register, error, readOnly }: Props) {
  const { t } = useTranslation();
  const kpis = useFieldArray({ control, name: 'kpis', keyName: 'key' });
  return (
    <FormRowList label={t('plans.fields.kpis')} addLabel={t('plans.editor.addKpi')} onAdd={() => !readOnly && kpis.append(newKpi())}>
      {kpis.fields.map((kpi, index) => (
        <KpiRow key={kpi.key} control={control} register={register} error={error} readOnly={readOnly} index={index} onRemove={() => !readOnly && kpis.remove(index)} />
      ))}
    </FormRowList>
  );
}

function KpiRow({ control, register, error, readOnly, index, onRemove }: Props & { index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const n = index + 1;
  const [themes, kind, first, last, themeId, source] = useWatch({
    control,
    name: ['themes', 'kind', 'firstFiscalYear', 'lastFiscalYear', `kpis.${index}.themeId`, `kpis.${index}.source`],
  });
  const years = planYears({ firstFiscalYear: first, lastFiscalYear: kind === 'annual' ? first : last }).slice(0, 5);
  const theme = themes.find((x) => x.id === themeId);
  const at = `kpis.${index}` as const;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group wrap="nowrap" align="flex-start">
          <TextInput style={{ flex: 1 }} label={t('plans.editor.kpiName', { n })} readOnly={readOnly} {...register(`${at}.name`)} error={error(`${at}.name`)} />
          <TextInput w={140} label={t('plans.editor.kpiUnit', { n })} readOnly={readOnly} {...register(`${at}.unit`)} error={error(`${at}.unit`)} />
          <RemoveRowButton label={t('plans.editor.removeKpi', { n })} onClick={onRemove} mt={28} />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 4 }}>
          <Controller
            control={control}
            name={`${at}.themeId`}
            render={({ field }) => (
              <Select
                label={t('plans.editor.kpiTheme', { n })}
                data={[{ value: '', label: t('plans.editor.wholePlan') }, ...themes.map((x) => ({ value: x.id, label: x.name || t('plans.editor.unnamed') }))]}
                value={field.value}
                allowDeselect={false}
                readOnly={readOnly}
                error={error(`${at}.themeId`)}
                onChange={(v) => field.onChange(v ?? '')}
              />
            )}
          />
          <Controller
            control={control}
            name={`${at}.topicId`}
            render={({ field }) => (
              <Select
                label={t('plans.editor.kpiTopic', { n })}
                data={[{ value: '', label: t('plans.editor.wholeTheme') }, ...(theme?.topics ?? []).map((x) => ({ value: x.id, label: x.name || t('plans.editor.unnamed') }))]}
                value={theme?.topics.some((x) => x.id === field.value) ? field.value : ''}
                allowDeselect={false}
                readOnly={readOnly}
                disabled={!theme}
                error={error(`${at}.topicId`)}
                onChange={(v) => field.onChange(v ?? '')}
              />
            )}
          />
          <ControlledSelect control={control} name={`${at}.source`} label={t('plans.editor.kpiSource', { n })} data={KPI_SOURCES.map((s) => ({ value: s, label: t(`plans.sources.${s}`) }))} />
          <ControlledSelect control={control} name={`${at}.direction`} label={t('plans.editor.kpiDirection', { n })} data={KPI_DIRECTIONS.map((d) => ({ value: d, label: t(`plans.directions.${d}`) }))} />
        </SimpleGrid>
        <Group gap="sm" align="flex-start">
          {years.map((year, y) => (
            <YearBox key={year} control={control} name={`${at}.targets.${y}`} label={t('plans.editor.kpiTarget', { n, year })} readOnly={readOnly} />
          ))}
          {source === 'manual' &&
            years.map((year, y) => <YearBox key={`a${year}`} control={control} name={`${at}.actuals.${y}`} label={t('plans.editor.kpiActual', { n, year })} readOnly={readOnly} />)}
        </Group>
        {error(`${at}.targets`) && <span style={{ color: 'var(--mantine-color-red-7)' }}>{error(`${at}.targets`)}</span>}
      </Stack>
    </Paper>
  );
}

/** One year's target or actual; an emptied box is "no target that year", not zero. */
function YearBox({ control, name, label, readOnly }: { control: Control<PlanForm>; name: `kpis.${number}.targets.${number}` | `kpis.${number}.actuals.${number}`; label: string; readOnly: boolean }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          w={190}
          label={label}
          min={0}
          thousandSeparator=","
          readOnly={readOnly}
          value={field.value ?? ''}
          onChange={(v) => field.onChange(v === '' ? null : Number(v))}
        />
      )}
    />
  );
}
