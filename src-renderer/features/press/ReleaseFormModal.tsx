import { ActionIcon, Button, Grid, Group, Modal, Select, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { releaseContentSchema, type ReleaseContent } from '../../../src-main/shared/domain/press';
import type { PressReleaseRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { createRelease, saveReleaseContent } from './model/release-actions';
import { useAgencies, useRequests } from './use-press-data';

function emptyContent(): ReleaseContent {
  return { headline: '', dateline: '', releaseDate: localIsoDate(new Date()), lead: '', body: '', quotes: [], tags: [], agencyId: null, requestId: null, embargoAt: '' };
}

function toForm(release: PressReleaseRecord): ReleaseContent {
  const { headline, dateline, releaseDate, lead, body, quotes, tags, agencyId, requestId, embargoAt } = release;
  return { headline, dateline, releaseDate, lead, body, quotes, tags, agencyId, requestId, embargoAt };
}

/** Writing or editing a release's text (photos, workflow and sending are on its page). */
export function ReleaseFormModal({
  opened,
  editing,
  initial,
  onClose,
  onSaved,
}: {
  opened: boolean;
  editing: PressReleaseRecord | null;
  initial?: Partial<ReleaseContent>;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const agencies = useAgencies();
  const requests = useRequests();
  const { register, control, handleSubmit, reset, formState } = useForm<ReleaseContent>({
    resolver: zodResolver(releaseContentSchema),
    defaultValues: emptyContent(),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const quotes = useFieldArray({ control, name: 'quotes' });
  useEffect(() => {
    if (opened) reset(editing ? toForm(editing) : { ...emptyContent(), ...initial });
  }, [opened, editing, initial, reset]);
  const save = handleSubmit(async (values) => {
    try {
      const saved = editing ? await saveReleaseContent(db, editing.id, values) : await createRelease(db, values);
      notifications.show({ color: 'teal', message: t('press.releaseSaved') });
      onClose();
      onSaved?.(saved.id);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), opened);
  const e = formState.errors;
  const err = (m: string | undefined) => fieldError(t, m);
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? t('press.editRelease') : t('press.newRelease')} size="xl" closeOnClickOutside={!formState.isDirty} closeOnEscape={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('press.releaseForm')}>
        <Grid>
          <Grid.Col span={12}>
            <TextInput label={t('press.fields.headline')} withAsterisk data-autofocus {...register('headline')} error={err(e.headline?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.dateline')} placeholder={t('press.datelineHint')} {...register('dateline')} error={err(e.dateline?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="releaseDate"
              render={({ field }) => <ThaiDateInput label={t('press.fields.releaseDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={err(e.releaseDate?.message)} />}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput type="datetime-local" label={t('press.fields.embargoAt')} description={t('press.embargoHint')} {...register('embargoAt')} error={err(e.embargoAt?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="agencyId"
              render={({ field }) => (
                <Select label={t('press.fields.agency')} data={(agencies ?? []).map((a) => ({ value: a.id, label: a.name }))} value={field.value} onChange={field.onChange} clearable searchable />
              )}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="requestId"
              render={({ field }) => (
                <Select label={t('press.fields.request')} data={(requests ?? []).map((r) => ({ value: r.id, label: r.title }))} value={field.value} onChange={field.onChange} clearable searchable />
              )}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('press.fields.lead')} autosize minRows={2} maxRows={5} {...register('lead')} error={err(e.lead?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('press.fields.body')} withAsterisk autosize minRows={6} maxRows={16} {...register('body')} error={err(e.body?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('press.fields.quotes')}
              </Text>
              {quotes.fields.map((item, index) => (
                <Group key={item.id} wrap="nowrap" gap="xs" align="flex-start">
                  <TextInput w={220} aria-label={t('press.quoteSpeaker', { n: index + 1 })} placeholder={t('press.quoteSpeakerHint')} {...register(`quotes.${index}.speaker`)} error={err(e.quotes?.[index]?.speaker?.message)} />
                  <Textarea style={{ flex: 1 }} autosize minRows={1} aria-label={t('press.quoteText', { n: index + 1 })} {...register(`quotes.${index}.text`)} error={err(e.quotes?.[index]?.text?.message)} />
                  <ActionIcon variant="subtle" color="red" mt={6} aria-label={t('press.removeQuote')} onClick={() => quotes.remove(index)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} leftSection={<IconPlus size={14} />} onClick={() => quotes.append({ speaker: '', text: '' })}>
                {t('press.addQuote')}
              </Button>
            </Stack>
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller control={control} name="tags" render={({ field }) => <TagsInput label={t('press.fields.tags')} value={field.value} onChange={field.onChange} error={err(e.tags?.message)} />} />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
