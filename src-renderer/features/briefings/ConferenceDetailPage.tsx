import { Button, Group, SegmentedControl, SimpleGrid, Stack, Table, TextInput, Textarea, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { attendanceStatuses, pressConferenceSchema, type ConferenceInvitee, type PressConference } from '../../../src-main/shared/domain/press-conference';
import { ControlledCheckbox } from '../../ui/ControlledCheckbox';
import { ControlledMultiSelect } from '../../ui/ControlledMultiSelect';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { notifySaveFailed } from '../../ui/notify';
import { useRecordPage } from '../../ui/use-record-form';
import { PdfActionButtons, type PdfAction } from '../documents';
import { useBriefings, useConferenceCommands, useConferenceRecord } from './data';
import { InviteMediaModal } from './conference/InviteMediaModal';
import { StatementsPanel } from './conference/StatementsPanel';
import { ConferencePapers } from './conference/ConferencePapers';
import { EditorSection } from './editor/EditorSection';
import { FieldRows } from './editor/FieldRows';
import { MissionLinkField } from './editor/MissionLinkField';
import { PlanTagField } from '../plans';
import { OpenedRecord } from './editor/OpenedRecord';
import { RelatedReleasesFormField } from './editor/RelatedReleasesField';
import { SaveButton } from './editor/SaveButton';
import { usePrintAction } from './editor/use-print-action';
import { conferenceWithoutBlankLines } from './model/briefing-form';
import { packRequest } from './model/print-request';
import { storedBriefing, storedConference } from './model/stored-records';
import { ControlledThaiDateTimeInput } from '../../ui/ControlledThaiDateTimeInput';

/** One press conference: details and run sheet, invited media and who came, statements, follow-ups, the pack. */
export function ConferenceDetailPage() {
  const { id = '' } = useParams();
  const record = useConferenceRecord(id);
  return <OpenedRecord record={record}>{(r) => <ConferenceEditor key={id} id={id} initial={storedConference(r)} />}</OpenedRecord>;
}

function ConferenceEditor({ id, initial }: { id: string; initial: PressConference }) {
  const { t } = useTranslation();
  const briefings = useBriefings();
  const conferences = useConferenceCommands();
  const [inviting, setInviting] = useState(false);
  const pdf = usePrintAction();
  const editor = useRecordPage({
    schema: pressConferenceSchema,
    prepare: conferenceWithoutBlankLines,
    id,
    initial,
    save: (values) => conferences.update(id, values),
    saved: t('briefings.saved'),
    module: 'briefings',
    invalid: t('briefings.fixErrors'),
  });
  const { form, error: err } = editor;
  const { control, register } = form;
  const runSheet = useFieldArray({ control, name: 'runSheet' });
  const followUps = useFieldArray({ control, name: 'followUps' });
  const [title, startsAt] = useWatch({ control, name: ['title', 'startsAt'] });

  // What is on the page goes into the pack, saved or not.
  const runPack = (action: PdfAction) => {
    const draft = form.getValues();
    const chosen = draft.briefingIds.flatMap((bid) => briefings?.find((b) => b.id === bid) ?? []).map(storedBriefing);
    if (chosen.length === 0) {
      notifications.show({ color: 'orange', message: t('briefings.conf.packNeedsBriefing') });
      return;
    }
    void pdf.print(
      action,
      chosen.flatMap((b) => b.relatedReleaseIds),
      ({ profile, releases }) => packRequest(draft, chosen, profile?.officeName ?? '', profile?.thaiDigits ?? false, releases),
      `ชุดเอกสารแถลงข่าว ${draft.title}`.slice(0, 140),
    );
  };
  const save = () => void editor.submit();

  return (
    <>
      <PageHeader title={title} subtitle={t('briefings.conf.detailSubtitle')} actions={<SaveButton saving={editor.saving} onSave={save} />} />
      <Stack gap="md">
        <EditorSection title={t('briefings.conf.details')}>
          <TextInput label={t('briefings.conf.title')} {...register('title')} error={err('title')} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ControlledThaiDateTimeInput control={control} name="startsAt" label={t('briefings.conf.startsAt')} required error={err('startsAt')} />
            <TextInput label={t('briefings.conf.venue')} {...register('venue')} error={err('venue')} />
          </SimpleGrid>
          <Controller
            control={control}
            name="speakers"
            render={({ field }) => (
              <Textarea
                label={t('briefings.conf.speakers')}
                description={t('briefings.onePerLine')}
                autosize
                value={field.value.join('\n')}
                onChange={(e) => field.onChange(e.currentTarget.value.split('\n'))}
                error={editor.errorWithin('speakers')}
              />
            )}
          />
          <Text fw={600}>{t('briefings.conf.runSheet')}</Text>
          <FieldRows
            testId="run-sheet"
            rows={runSheet}
            newRow={() => ({ time: '', item: '' })}
            max={60}
            addLabel={t('briefings.conf.addRunItem')}
            renderRow={(i) => (
              <Group grow>
                <TextInput label={t('briefings.conf.runTime')} {...register(`runSheet.${i}.time`)} error={err(`runSheet.${i}.time`)} style={{ maxWidth: 120 }} />
                <TextInput label={t('briefings.conf.runItem')} {...register(`runSheet.${i}.item`)} error={err(`runSheet.${i}.item`)} />
              </Group>
            )}
          />
          <MissionLinkField module="conference" recordId={id} title={title} date={startsAt.slice(0, 10)} />
          <PlanTagField table="pressConferences" recordId={id} title={title} date={startsAt.slice(0, 10)} />
        </EditorSection>

        <InviteesSection id={id} form={form} inviting={inviting} setInviting={setInviting} />

        <EditorSection title={t('briefings.conf.statements')}>
          <StatementsPanel conferenceId={id} />
        </EditorSection>

        <ConferencePapers conferenceId={id} current={() => form.getValues()} />

        <EditorSection title={t('briefings.conf.packTitle')}>
          <ControlledMultiSelect
            control={control}
            name="briefingIds"
            label={t('briefings.conf.packBriefings')}
            searchable
            data={(briefings ?? []).map((b) => ({ value: b.id, label: `${b.title} (${t('briefings.versions.label', { n: b.version })})` }))}
          />
          <PdfActionButtons label={t('briefings.conf.packTitle')} busy={pdf.busy} onRun={runPack} />
        </EditorSection>

        <EditorSection title={t('briefings.conf.followUps')}>
          <FieldRows
            testId="follow-ups"
            rows={followUps}
            newRow={() => ({ text: '', done: false })}
            max={100}
            addLabel={t('briefings.conf.addFollowUp')}
            renderRow={(i) => (
              <Group>
                <ControlledCheckbox control={control} name={`followUps.${i}.done`} aria-label={t('briefings.conf.followUpDone', { n: i + 1 })} />
                <TextInput style={{ flex: 1 }} aria-label={t('briefings.conf.followUp', { n: i + 1 })} {...register(`followUps.${i}.text`)} error={err(`followUps.${i}.text`)} />
              </Group>
            )}
          />
          <RelatedReleasesFormField control={control} />
        </EditorSection>
        <Group justify="flex-end">
          <SaveButton saving={editor.saving} onSave={save} />
        </Group>
      </Stack>
    </>
  );
}

/**
 * Invited media and who came. Written at once (staff tick people off at the door), apart from the
 * other fields, which wait for บันทึก; kept in the form too, so a later บันทึก writes the same list.
 */
function InviteesSection({ id, form, inviting, setInviting }: { id: string; form: UseFormReturn<PressConference>; inviting: boolean; setInviting: (open: boolean) => void }) {
  const { t } = useTranslation();
  const conferences = useConferenceCommands();
  const invitees = useWatch({ control: form.control, name: 'invitees' });
  const saveInvitees = (next: ConferenceInvitee[]) => {
    form.setValue('invitees', next);
    conferences.update(id, { invitees: next }).catch((error: unknown) => notifySaveFailed(t, error));
  };
  const setInvitee = (contactId: string, patch: Partial<ConferenceInvitee>) => saveInvitees(invitees.map((i) => (i.contactId === contactId ? { ...i, ...patch } : i)));
  const came = invitees.filter((i) => i.status === 'attended').length;
  return (
    <EditorSection title={t('briefings.conf.media', { came, invited: invitees.length })}>
      <Group>
        <Button variant="light" onClick={() => setInviting(true)}>
          {t('briefings.conf.invite')}
        </Button>
      </Group>
      {invitees.length > 0 && (
        <DataTable testId="invitees" headings={[t('briefings.conf.mediaName'), t('briefings.conf.outlet'), t('briefings.conf.attendance')]}>
          {invitees.map((i) => (
            <Table.Tr key={i.contactId}>
              <Table.Td>{i.name}</Table.Td>
              <Table.Td>{i.outletName}</Table.Td>
              <Table.Td>
                <SegmentedControl
                  size="xs"
                  aria-label={t('briefings.conf.attendanceOf', { name: i.name })}
                  value={i.status}
                  onChange={(v) => {
                    const status = attendanceStatuses.find((x) => x === v);
                    if (status) setInvitee(i.contactId, { status });
                  }}
                  data={attendanceStatuses.map((s) => ({ value: s, label: t(`briefings.conf.status.${s}`) }))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <InviteMediaModal opened={inviting} onClose={() => setInviting(false)} invited={invitees} onInvite={(added) => saveInvitees([...invitees, ...added])} />
    </EditorSection>
  );
}
