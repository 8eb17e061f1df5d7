import { Select } from '@mantine/core';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WORK_LINK_MODULES } from '../../../src-main/shared/domain/work-link';
import type { MissionForm } from './model/mission-form';

/** The choice for "reported by hand": a target that is not a count of work (a satisfaction score). */
const BY_HAND = 'by-hand';

/** What a mission target counts, so the report sets the period's actual beside it. */
export function TargetCountsSelect({ control, index }: { control: Control<MissionForm>; index: number }) {
  const { t } = useTranslation();
  const data = [{ value: BY_HAND, label: t('missions.targetByHand') }, ...WORK_LINK_MODULES.map((m) => ({ value: m, label: t(`missionReport.counts.${m}`) }))];
  return (
    <Controller
      control={control}
      name={`targets.${index}.counts`}
      render={({ field }) => (
        <Select
          w={210}
          aria-label={t('missions.targetCounts')}
          data={data}
          value={field.value ?? BY_HAND}
          onChange={(v) => field.onChange(!v || v === BY_HAND ? null : v)}
          allowDeselect={false}
        />
      )}
    />
  );
}
