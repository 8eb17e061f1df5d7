import { Grid, Group, TextInput } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { DEFAULT_CRITERIA, institutionSchema, type Institution } from '../../../src-main/shared/domain/internship';
import type { InstitutionRecord } from '../../data';
import { ControlledNumberInput } from '../../ui/ControlledNumberInput';
import { FormRowList, RemoveRowButton } from '../../ui/FormRowList';
import { GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useInternshipCommands } from './data';

const EMPTY: Institution = {
  name: '',
  faculty: '',
  coordinatorName: '',
  coordinatorPhone: '',
  coordinatorEmail: '',
  requiredHours: 280,
  criteria: [...DEFAULT_CRITERIA],
};

/** สถานศึกษา: name, coordinator, required hours and its evaluation form. */
export function InstitutionFormModal({ editing, onClose }: { editing: InstitutionRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { saveInstitution } = useInternshipCommands();
  const record = useRecordForm({ schema: institutionSchema, target: editing, defaults: EMPTY, save: (values, open) => saveInstitution(open === 'new' ? null : open.id, values), saved: t('internships.institutionSaved'), onClose });
  const { register, control } = record.form;
  const criteria = useFieldArray({ control, name: 'criteria', keyName: 'key' });
  const err = record.error;
  return (
    <RecordFormModal record={record} title={t('internships.institutionTitle')} size="xl" formLabel={t('internships.institutionForm')}>
      <Grid>
        <GridTextInput record={record} name="name" span={7} label={t('internships.fields.institutionName')} withAsterisk data-autofocus />
        <GridTextInput record={record} name="faculty" span={5} label={t('internships.fields.faculty')} />
        <GridTextInput record={record} name="coordinatorName" span={4} label={t('internships.fields.coordinatorName')} />
        <GridTextInput record={record} name="coordinatorPhone" span={4} label={t('internships.fields.coordinatorPhone')} />
        <GridTextInput record={record} name="coordinatorEmail" span={4} label={t('internships.fields.coordinatorEmail')} />
        <Grid.Col span={4}>
          <ControlledNumberInput control={control} name="requiredHours" label={t('internships.fields.requiredHours')} min={0} allowDecimal={false} error={err('requiredHours')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <FormRowList label={t('internships.fields.criteria')} addLabel={t('internships.addCriterion')} onAdd={() => criteria.append({ id: uuidv7(), name: '', maxScore: 5 })} error={err('criteria')}>
            {criteria.fields.map((item, index) => (
              <Group key={item.key} wrap="nowrap" gap="xs" align="flex-start">
                <TextInput style={{ flex: 1 }} aria-label={t('internships.criterionName', { n: index + 1 })} {...register(`criteria.${index}.name`)} error={err(`criteria.${index}.name`)} />
                <ControlledNumberInput control={control} name={`criteria.${index}.maxScore`} w={110} aria-label={t('internships.maxScore')} min={1} max={100} allowDecimal={false} />
                <RemoveRowButton label={t('internships.removeCriterion')} onClick={() => criteria.remove(index)} mt={6} />
              </Group>
            ))}
          </FormRowList>
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
