import { Button, Grid, Group, Modal, Select, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { officeProfileParts } from './office-profile-parts';
import { WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../src-main/shared/pdf/document-parts';
import { createMemoFromOfficeProfile } from '../../../src-main/shared/pdf/memo';
import { toIsoDate, toCalendarDate } from '../../../src-main/shared/text/thai-date';
import { fieldError } from '../../ui/field-error';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useOfficeProfile } from '../settings/data';
import { loadDocumentLogo } from './data';
import { memoFormSchema, toParagraphs, type MemoForm } from './memo-form';
import { runPdfAction, type PdfAction } from './pdf-action';
import { ProfileNeededAlert } from './ProfileNeededAlert';
import { canSignDocuments } from './profile-ready';

type Action = PdfAction;

/** บันทึกข้อความ: a memo / cover letter on the office letterhead, saved, previewed or printed as PDF. */
export function MemoComposer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const profile = useOfficeProfile();
  const { register, control, handleSubmit, formState } = useForm<MemoForm>({
    resolver: zodResolver(memoFormSchema),
    defaultValues: {
      documentNumber: '',
      date: toIsoDate(toCalendarDate(new Date())),
      subject: '',
      addressee: '',
      body: '',
      group: null,
      urgency: 'normal',
      secrecy: 'none',
    },
  });
  const err = (name: keyof MemoForm) => fieldError(t, formState.errors[name]?.message);
  const parts = profile ? officeProfileParts(profile) : null;

  const run = (action: Action) =>
    handleSubmit(async (values) => {
      if (!profile || !parts) return;
      setBusy(action);
      try {
        const logo = await loadDocumentLogo(profile);
        const document = createMemoFromOfficeProfile(parts, logo, {
          documentNumber: values.documentNumber,
          date: values.date,
          subject: values.subject,
          addressee: values.addressee,
          paragraphs: toParagraphs(values.body),
          urgency: values.urgency,
          secrecy: values.secrecy,
          ...(values.group ? { group: t(`workGroups.${values.group}`) } : {}),
        });
        await runPdfAction(t, action, { document, options: { thaiDigits: profile.thaiDigits } }, values.subject);
      } catch {
        notifications.show({ color: 'red', message: t('errors.ipc.internal') });
      } finally {
        setBusy(null);
      }
    })();

  const missing = profile !== undefined && !canSignDocuments(profile);

  return (
    <Modal opened={opened} onClose={onClose} title={t('documents.memoTitle')} size="xl">
      {missing ? (
        <ProfileNeededAlert onFollow={onClose} />
      ) : (
        <form onSubmit={(e) => e.preventDefault()} aria-label={t('documents.memoTitle')} noValidate>
          <Grid>
            <Grid.Col span={4}>
              <TextInput label={t('documents.fields.documentNumber')} description={t('documents.draftUntilNumbered')} placeholder="สข 0017/123" {...register('documentNumber')} error={err('documentNumber')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <Controller
                control={control}
                name="date"
                render={({ field }) => <ThaiDateInput label={t('documents.fields.date')} value={field.value} onChange={(v) => field.onChange(v ?? '')} error={err('date')} />}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <Controller
                control={control}
                name="group"
                render={({ field }) => (
                  <Select
                    label={t('documents.fields.group')}
                    placeholder={t('documents.noGroup')}
                    data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))}
                    value={field.value}
                    onChange={field.onChange}
                    clearable
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label={t('documents.fields.subject')} withAsterisk {...register('subject')} error={err('subject')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label={t('documents.fields.addressee')} withAsterisk placeholder="ผู้ว่าราชการจังหวัด" {...register('addressee')} error={err('addressee')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('documents.fields.body')}
                description={t('documents.bodyHelp')}
                withAsterisk
                autosize
                minRows={6}
                {...register('body')}
                error={err('body')}
              />
            </Grid.Col>
            {(['urgency', 'secrecy'] as const).map((name) => (
              <Grid.Col span={6} key={name}>
                <Controller
                  control={control}
                  name={name}
                  render={({ field }) => (
                    <Select
                      label={t(`documents.fields.${name}`)}
                      data={(name === 'urgency' ? URGENCY_LEVELS : SECRECY_LEVELS).map((v) => ({ value: v, label: t(`documents.${name}.${v}`) }))}
                      value={field.value}
                      onChange={(v) => field.onChange(v)}
                      allowDeselect={false}
                    />
                  )}
                />
              </Grid.Col>
            ))}
          </Grid>
          <Group justify="flex-end" mt="xl">
            <Button variant="default" leftSection={<IconEye size={18} />} loading={busy === 'preview'} disabled={busy !== null} onClick={() => void run('preview')}>
              {t('documents.preview')}
            </Button>
            <Button variant="light" leftSection={<IconPrinter size={18} />} loading={busy === 'print'} disabled={busy !== null} onClick={() => void run('print')}>
              {t('documents.printAction')}
            </Button>
            <Button leftSection={<IconFileTypePdf size={18} />} loading={busy === 'export'} disabled={busy !== null} onClick={() => void run('export')}>
              {t('documents.export')}
            </Button>
          </Group>
        </form>
      )}
    </Modal>
  );
}
