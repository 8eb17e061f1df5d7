import { Grid, Group, TextInput, Textarea } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { releaseContentSchema, type ReleaseContent } from '../../../src-main/shared/domain/press';
import type { PressReleaseRecord } from '../../data';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledTagsInput } from '../../ui/ControlledTagsInput';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { FormRowList, RemoveRowButton } from '../../ui/FormRowList';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useAgencies } from '../agencies/data';
import { useReleaseCommands, useRequests } from './data';
import { ControlledThaiDateTimeInput } from '../../ui/ControlledThaiDateTimeInput';

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
  const { createRelease, saveReleaseContent } = useReleaseCommands();
  const agencies = useAgencies();
  const requests = useRequests();
  const record = useRecordForm({
    schema: releaseContentSchema,
    target: opened ? (editing ?? ('new' as const)) : null,
    defaults: emptyContent(),
    values: (open) => (open === 'new' ? { ...emptyContent(), ...initial } : toForm(open)),
    reloadOn: [initial],
    save: (values, open) => (open === 'new' ? createRelease(values) : saveReleaseContent(open.id, values)),
    saved: t('press.releaseSaved'),
    onClose,
    onSaved: (saved) => onSaved?.(saved.id),
  });
  const { register, control } = record.form;
  const quotes = useFieldArray({ control, name: 'quotes' });
  const err = record.error;
  return (
    <RecordFormModal record={record} title={editing ? t('press.editRelease') : t('press.newRelease')} size="xl" formLabel={t('press.releaseForm')}>
      <Grid>
        <Grid.Col span={12}>
          <TextInput label={t('press.fields.headline')} withAsterisk data-autofocus {...register('headline')} error={err('headline')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('press.fields.dateline')} placeholder={t('press.datelineHint')} {...register('dateline')} error={err('dateline')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="releaseDate" emptyAs="" label={t('press.fields.releaseDate')} withAsterisk error={err('releaseDate')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledThaiDateTimeInput control={control} name="embargoAt" label={t('press.fields.embargoAt')} description={t('press.embargoHint')} error={err('embargoAt')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledOptionalSelect control={control} name="agencyId" label={t('press.fields.agency')} data={(agencies ?? []).map((a) => ({ value: a.id, label: a.name }))} clearable searchable />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledOptionalSelect control={control} name="requestId" label={t('press.fields.request')} data={(requests ?? []).map((r) => ({ value: r.id, label: r.title }))} clearable searchable />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('press.fields.lead')} autosize minRows={2} maxRows={5} {...register('lead')} error={err('lead')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('press.fields.body')} withAsterisk autosize minRows={6} maxRows={16} {...register('body')} error={err('body')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <FormRowList label={t('press.fields.quotes')} addLabel={t('press.addQuote')} onAdd={() => quotes.append({ speaker: '', text: '' })}>
            {quotes.fields.map((item, index) => (
              <Group key={item.id} wrap="nowrap" gap="xs" align="flex-start">
                <TextInput w={220} aria-label={t('press.quoteSpeaker', { n: index + 1 })} placeholder={t('press.quoteSpeakerHint')} {...register(`quotes.${index}.speaker`)} error={err(`quotes.${index}.speaker`)} />
                <Textarea style={{ flex: 1 }} autosize minRows={1} aria-label={t('press.quoteText', { n: index + 1 })} {...register(`quotes.${index}.text`)} error={err(`quotes.${index}.text`)} />
                <RemoveRowButton label={t('press.removeQuote')} onClick={() => quotes.remove(index)} mt={6} />
              </Group>
            ))}
          </FormRowList>
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledTagsInput control={control} name="tags" label={t('press.fields.tags')} error={err('tags')} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
