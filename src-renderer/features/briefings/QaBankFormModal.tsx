import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { qaBankItemSchema, reviseQaItem, type QaBankItem } from '../../../src-main/shared/domain/qa-bank';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { type QaBankRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledCheckbox } from '../../ui/ControlledCheckbox';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useSaveQaItem } from './data';

function blank(approver: string): QaBankItem {
  return { topic: '', question: '', answer: '', bridge: '', hostile: false, approver, approvedOn: localIsoDate(new Date()), reviewBy: null, version: 1 };
}

/**
 * Add or revise a bank item; a changed answer becomes the item's next version. The browser checks
 * the required fields first; the list behind shows the saved item (no confirmation of its own).
 */
export function QaBankFormModal({ opened, onClose, item }: { opened: boolean; onClose: () => void; item: QaBankRecord | null }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const saveItem = useSaveQaItem();
  const record = useRecordForm({
    schema: qaBankItemSchema,
    target: opened ? (item ?? ('new' as const)) : null,
    defaults: blank(''),
    values: (open) => (open === 'new' ? blank(currentStaff ? staffDisplayName(currentStaff) : '') : withoutEnvelope<QaBankItem>(open)),
    // The version follows the answer as typed (reviseQaItem compares it trimmed).
    save: (values, open, form) => saveItem(open === 'new' ? null : open, { ...values, version: open === 'new' ? values.version : reviseQaItem(open, form.getValues()).version }),
    onClose,
    saveShortcut: false,
    revalidate: 'onSubmit',
  });
  const { register, control } = record.form;
  const err = record.error;
  return (
    <RecordFormModal record={record} title={item ? t('briefings.bank.edit') : t('briefings.bank.add')} size="lg" keepWhenDirty="nothing" browserChecks>
      {/* pb: the buttons keep the gap they had inside this stack. */}
      <Stack gap="sm" pb="sm">
        <TextInput label={t('briefings.bank.topic')} required {...register('topic')} error={err('topic')} data-autofocus />
        <Textarea label={t('briefings.bank.question')} required autosize {...register('question')} error={err('question')} />
        <Textarea label={t('briefings.bank.answer')} required autosize minRows={3} {...register('answer')} error={err('answer')} />
        <TextInput label={t('briefings.bank.bridge')} {...register('bridge')} error={err('bridge')} />
        <ControlledCheckbox control={control} name="hostile" label={t('briefings.fields.hostile')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('briefings.bank.approver')} required {...register('approver')} error={err('approver')} />
          <ControlledThaiDateInput control={control} name="approvedOn" emptyAs="" label={t('briefings.bank.approvedOn')} required error={err('approvedOn')} />
          <ControlledThaiDateInput control={control} name="reviewBy" label={t('briefings.bank.reviewBy')} error={err('reviewBy')} />
        </SimpleGrid>
      </Stack>
    </RecordFormModal>
  );
}
