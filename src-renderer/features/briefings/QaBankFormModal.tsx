import { Checkbox, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { qaBankItemSchema, reviseQaItem, type QaBankItem } from '../../../src-main/shared/domain/qa-bank';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { qaBankRepo, type QaBankRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { ThaiDateInput } from '../../ui/ThaiDateInput';

function blank(approver: string): QaBankItem {
  return { topic: '', question: '', answer: '', bridge: '', hostile: false, approver, approvedOn: localIsoDate(new Date()), reviewBy: null, version: 1 };
}

/** Add or revise a bank item; a changed answer becomes the item's next version. */
export function QaBankFormModal({ opened, onClose, item }: { opened: boolean; onClose: () => void; item: QaBankRecord | null }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={item ? t('briefings.bank.edit') : t('briefings.bank.add')} size="lg">
      {/* Mounted per opening, so each one starts from the item (or a blank form). */}
      {opened && <QaBankForm item={item} onClose={onClose} />}
    </Modal>
  );
}

function QaBankForm({ onClose, item }: { onClose: () => void; item: QaBankRecord | null }) {
  const { t } = useTranslation();
  const { db, currentStaff } = useAppData();
  const [values, setValues] = useState<QaBankItem>(() => (item ? withoutEnvelope<QaBankItem>(item) : blank(currentStaff ? staffDisplayName(currentStaff) : '')));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [saving, setSaving] = useState(false);

  const set = (patch: Partial<QaBankItem>) => setValues((v) => ({ ...v, ...patch }));
  const submit = async () => {
    const next = item ? reviseQaItem(item, values) : values;
    const parsed = qaBankItemSchema.safeParse({ ...values, version: next.version });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), fieldError(t, i.message)])));
      return;
    }
    setSaving(true);
    try {
      if (item) await qaBankRepo(db).update(item.id, parsed.data);
      else await qaBankRepo(db).create(parsed.data);
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    } finally {
      setSaving(false);
    }
  };

  return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <TextInput label={t('briefings.bank.topic')} required value={values.topic} onChange={(e) => set({ topic: e.currentTarget.value })} error={errors.topic} data-autofocus />
          <Textarea label={t('briefings.bank.question')} required autosize value={values.question} onChange={(e) => set({ question: e.currentTarget.value })} error={errors.question} />
          <Textarea label={t('briefings.bank.answer')} required autosize minRows={3} value={values.answer} onChange={(e) => set({ answer: e.currentTarget.value })} error={errors.answer} />
          <TextInput label={t('briefings.bank.bridge')} value={values.bridge} onChange={(e) => set({ bridge: e.currentTarget.value })} error={errors.bridge} />
          <Checkbox label={t('briefings.fields.hostile')} checked={values.hostile} onChange={(e) => set({ hostile: e.currentTarget.checked })} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('briefings.bank.approver')} required value={values.approver} onChange={(e) => set({ approver: e.currentTarget.value })} error={errors.approver} />
            <ThaiDateInput label={t('briefings.bank.approvedOn')} required value={values.approvedOn} onChange={(v) => set({ approvedOn: v ?? '' })} error={errors.approvedOn} />
            <ThaiDateInput label={t('briefings.bank.reviewBy')} value={values.reviewBy} onChange={(v) => set({ reviewBy: v || null })} error={errors.reviewBy} />
          </SimpleGrid>
          <FormModalFooter onCancel={onClose} saving={saving} />
        </Stack>
      </form>
  );
}
