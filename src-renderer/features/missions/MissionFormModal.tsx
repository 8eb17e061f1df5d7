import { Grid, Group, TextInput, Textarea } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import type { MissionRecord } from '../../data';
import { ControlledNumberInput } from '../../ui/ControlledNumberInput';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormRowList, RemoveRowButton } from '../../ui/FormRowList';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useMissionCommands } from './data';
import { formToMissionFields, missionFormSchema, missionToForm, type MissionForm } from './model/mission-form';
import { TargetCountsSelect } from './TargetCountsSelect';

const EMPTY: MissionForm = { no: 1, title: '', description: '', workGroup: 'public-relations', targets: [], planLinksText: '' };

/** Add or edit a mission: its number, title, group, targets and the plans it serves. */
export function MissionFormModal({ editing, nextNo, nextOrder, onClose }: { editing: MissionRecord | 'new' | null; nextNo: number; nextOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  const missionCommands = useMissionCommands();
  const record = useRecordForm({
    schema: missionFormSchema,
    target: editing,
    defaults: EMPTY,
    // The next number is read when the form opens, not when the list behind it changes.
    values: (open) => (open === 'new' ? { ...EMPTY, no: nextNo } : missionToForm(open)),
    save: async (values, open) => {
      const fields = formToMissionFields(values);
      if (open === 'new') await missionCommands.create({ ...fields, order: nextOrder, archived: false });
      else await missionCommands.update(open.id, fields);
    },
    saved: t('missions.saved'),
    onClose,
  });
  const { register, control } = record.form;
  const targets = useFieldArray({ control, name: 'targets' });
  const err = record.error;
  return (
    <RecordFormModal record={record} title={editing === 'new' ? t('missions.addTitle') : t('missions.editTitle')} size="xl" formLabel={t('missions.formLabel')}>
      <Grid>
        <Grid.Col span={2}>
          <ControlledNumberInput control={control} name="no" label={t('missions.fields.no')} min={1} max={999} allowDecimal={false} error={err('no')} />
        </Grid.Col>
        <GridTextInput record={record} name="title" span={10} label={t('missions.fields.title')} withAsterisk data-autofocus />
        <Grid.Col span={6}>
          <ControlledSelect control={control} name="workGroup" label={t('missions.fields.workGroup')} data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))} />
        </Grid.Col>
        <GridTextarea record={record} name="description" span={12} label={t('missions.fields.description')} autosize minRows={2} />
        <Grid.Col span={12}>
          <FormRowList label={t('missions.fields.targets')} addLabel={t('missions.addTarget')} onAdd={() => targets.append({ name: '', amount: 0, unit: '', counts: null })}>
            {targets.fields.map((item, index) => (
              <Group key={item.id} wrap="nowrap" gap="xs" align="flex-start">
                <TextInput style={{ flex: 1 }} aria-label={t('missions.targetName')} placeholder={t('missions.targetName')} {...register(`targets.${index}.name`)} error={err(`targets.${index}.name`)} />
                <ControlledNumberInput control={control} name={`targets.${index}.amount`} w={120} aria-label={t('missions.targetAmount')} min={0} thousandSeparator="," allowDecimal={false} />
                <TextInput w={100} aria-label={t('missions.targetUnit')} placeholder={t('missions.targetUnit')} {...register(`targets.${index}.unit`)} />
                <TargetCountsSelect control={control} index={index} />
                <RemoveRowButton label={t('missions.removeTarget')} onClick={() => targets.remove(index)} mt={6} />
              </Group>
            ))}
          </FormRowList>
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('missions.fields.planLinks')}
            description={t('missions.planLinksHint')}
            autosize
            minRows={2}
            {...register('planLinksText')}
            error={err('planLinksText')}
          />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
