import { Alert, Grid, NumberInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MEDIA_SOURCE_KINDS, MEDIA_TONES, mediaItemSchema, type MediaItem } from '../../../src-main/shared/domain/media-monitoring';
import { withoutEnvelope, type MediaItemRecord } from '../../data';
import { ControlledCheckbox } from '../../ui/ControlledCheckbox';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateTimeInput } from '../../ui/ControlledThaiDateTimeInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { ImagePicker } from '../../ui/ImagePicker';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { PlanTagField } from '../plans';
import { useMonitoringCommands } from './data';
import { useMonitoringLookups } from './data/use-lookups';
import { blankItem } from './model/item-form';
import { bangkokWallClock } from '../../../src-main/shared/text/thai-date';

/** What the dialog is open for: a stored item, or a new one with what the quick entry read. */
export type ItemTarget = MediaItemRecord | { draft: MediaItem };

const CLIPPING_TEXTS = {
  label: 'monitoring.clipping.label',
  alt: 'monitoring.clipping.alt',
  empty: 'monitoring.clipping.empty',
  choose: 'monitoring.clipping.choose',
  remove: 'monitoring.clipping.remove',
  wrongType: 'monitoring.clipping.wrongType',
  tooLarge: 'monitoring.clipping.tooLarge',
  failed: 'monitoring.clipping.failed',
};

/** ข่าวที่ติดตาม: one piece of news about the province, in Thai, with the PDPA reminder on top. */
export function MediaItemFormModal({ target, onClose }: { target: ItemTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lookups = useMonitoringLookups();
  const commands = useMonitoringCommands();
  const [newIssue, setNewIssue] = useState('');
  const record = useRecordForm({
    schema: mediaItemSchema,
    target,
    defaults: blankItem(bangkokWallClock(new Date())),
    values: (open) => ('draft' in open ? open.draft : withoutEnvelope(open)),
    save: async (values, open) => {
      let item = values;
      // A new issue named here starts when this item was published (its first sighting).
      if (!item.issueId && newIssue.trim()) {
        const issue = await commands.createIssue({
          title: newIssue.trim(),
          description: '',
          status: 'open',
          tone: item.tone,
          ownerId: null,
          agencyId: item.agencyId,
          firstSeenAt: item.publishedAt,
          responses: [],
          closedOn: null,
        });
        item = { ...item, issueId: issue.id };
      }
      const saved = 'draft' in open ? await commands.createItem(item) : await commands.updateItem(open.id, item);
      setNewIssue('');
      return saved;
    },
    saved: t('monitoring.item.saved'),
    onClose,
    module: 'monitoring',
  });
  const { control, setValue } = record.form;
  const stored = target && !('draft' in target) ? target : null;
  const options = (keys: readonly string[], prefix: string) => keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));
  return (
    <RecordFormModal
      record={record}
      title={t('monitoring.item.title')}
      size="xl"
      formLabel={t('monitoring.item.form')}
      below={stored ? <PlanTagField table="mediaItems" recordId={stored.id} title={stored.headline} date={stored.publishedAt.slice(0, 10)} /> : undefined}
    >
      <Alert color="yellow" mb="sm">
        {t('monitoring.item.pdpa')}
      </Alert>
      <Grid>
        <Grid.Col span={5}>
          <ControlledThaiDateTimeInput control={control} name="publishedAt" label={t('monitoring.item.publishedAt')} error={record.error('publishedAt')} required />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="sourceKind" label={t('monitoring.item.sourceKind')} data={options(MEDIA_SOURCE_KINDS, 'monitoring.source')} error={record.error('sourceKind')} withAsterisk />
        </Grid.Col>
        <Grid.Col span={3}>
          <ControlledSelect
            control={control}
            name="tone"
            label={t('monitoring.item.tone')}
            data={options(MEDIA_TONES, 'monitoring.tone')}
            error={record.error('tone')}
            withAsterisk
          />
          <Text size="xs" c="dimmed">
            {t('monitoring.item.toneHint')}
          </Text>
        </Grid.Col>
        <GridTextInput record={record} name="headline" span={12} label={t('monitoring.item.headline')} withAsterisk data-autofocus />
        <Grid.Col span={6}>
          <ControlledOptionalSelect
            control={control}
            name="outletId"
            label={t('monitoring.item.networkOutlet')}
            data={lookups?.outletChoices ?? []}
            searchable
            clearable
            onChosen={(id) => {
              const outlet = lookups?.outletChoices.find((o) => o.value === id);
              if (outlet) setValue('outletName', outlet.label, { shouldDirty: true });
            }}
          />
        </Grid.Col>
        <GridTextInput record={record} name="outletName" span={6} label={t('monitoring.item.outletName')} />
        <GridTextInput record={record} name="url" span={12} label={t('monitoring.item.url')} />
        <GridTextarea record={record} name="summary" span={12} label={t('monitoring.item.summary')} autosize minRows={2} maxRows={8} />
        <Grid.Col span={6}>
          <ControlledOptionalSelect control={control} name="issueId" label={t('monitoring.item.issue')} data={lookups?.issueChoices ?? []} searchable clearable />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('monitoring.item.newIssue')} value={newIssue} onChange={(e) => setNewIssue(e.currentTarget.value)} maxLength={300} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledOptionalSelect control={control} name="agencyId" label={t('monitoring.item.agency')} data={lookups?.agencyChoices ?? []} searchable clearable />
        </Grid.Col>
        <Grid.Col span={6}>
          <Controller
            control={control}
            name="reach"
            render={({ field }) => (
              <NumberInput
                label={t('monitoring.item.reach')}
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))}
                min={0}
                allowDecimal={false}
                thousandSeparator=","
                error={record.error('reach')}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledOptionalSelect control={control} name="releaseId" label={t('monitoring.item.release')} data={lookups?.releaseChoices ?? []} searchable clearable />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledCheckbox control={control} name="responseNeeded" label={t('monitoring.item.responseNeeded')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Controller control={control} name="clippingBlobId" render={({ field }) => <ImagePicker value={field.value} onChange={field.onChange} texts={CLIPPING_TEXTS} testId="clipping-preview" />} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
