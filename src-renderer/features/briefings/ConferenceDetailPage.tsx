import { Button, Checkbox, Group, MultiSelect, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { attendanceStatuses, pressConferenceSchema, type ConferenceInvitee, type PressConference } from '../../../src-main/shared/domain/press-conference';
import { PageHeader } from '../../ui/PageHeader';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { PdfActionButtons, type PdfAction } from '../documents';
import { useBriefings, useConferenceCommands, useConferenceRecord } from './data';
import { InviteMediaModal } from './conference/InviteMediaModal';
import { StatementsPanel } from './conference/StatementsPanel';
import { EditorSection } from './editor/EditorSection';
import { MissionLinkField } from './editor/MissionLinkField';
import { OpenedRecord } from './editor/OpenedRecord';
import { RelatedReleasesField } from './editor/RelatedReleasesField';
import { RowsEditor } from './editor/RowsEditor';
import { SaveButton } from './editor/SaveButton';
import { usePrintAction } from './editor/use-print-action';
import { packRequest } from './model/print-request';
import { storedBriefing, storedConference } from './model/stored-records';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';
import { issueErrors } from '../../ui/issue-errors';

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
  const [draft, setDraft] = useState<PressConference | null>(initial);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [saving, setSaving] = useState(false);
  const [inviting, setInviting] = useState(false);
  const pdf = usePrintAction();

  const set = (patch: Partial<PressConference>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  const save = async (next: PressConference | null = draft) => {
    if (!next) return;
    const clean = { ...next, speakers: next.speakers.filter((s) => s.trim() !== ''), relatedReleases: next.relatedReleases.filter((s) => s.trim() !== '') };
    const parsed = pressConferenceSchema.safeParse(clean);
    if (!parsed.success) {
      setErrors(issueErrors(t, parsed.error.issues, true));
      notifications.show({ color: 'red', message: t('briefings.fixErrors') });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await conferences.update(id, parsed.data);
      notifications.show({ color: 'teal', message: t('briefings.saved') });
    } catch (error) {
      notifySaveFailed(t, error);
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save(), draft !== null);

  const runPack = (action: PdfAction) => {
    if (!draft) return;
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

  if (!draft) return null;
  // Invitations and attendance are written at once (staff tick people off at the door), apart
  // from the other fields, which wait for บันทึก.
  const saveInvitees = (invitees: ConferenceInvitee[]) => {
    set({ invitees });
    conferences
      .update(id, { invitees })
      .catch((error: unknown) => notifySaveFailed(t, error));
  };
  const setInvitee = (contactId: string, patch: Partial<ConferenceInvitee>) => saveInvitees(draft.invitees.map((i) => (i.contactId === contactId ? { ...i, ...patch } : i)));
  const came = draft.invitees.filter((i) => i.status === 'attended').length;

  return (
    <>
      <PageHeader
        title={draft.title}
        subtitle={t('briefings.conf.detailSubtitle')}
        actions={<SaveButton saving={saving} onSave={() => void save()} />}
      />
      <Stack gap="md">
        <EditorSection title={t('briefings.conf.details')}>
          <TextInput label={t('briefings.conf.title')} value={draft.title} onChange={(e) => set({ title: e.currentTarget.value })} error={errors.title} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput type="datetime-local" label={t('briefings.conf.startsAt')} value={draft.startsAt} onChange={(e) => set({ startsAt: e.currentTarget.value.slice(0, 16) })} error={errors.startsAt} />
            <TextInput label={t('briefings.conf.venue')} value={draft.venue} onChange={(e) => set({ venue: e.currentTarget.value })} error={errors.venue} />
          </SimpleGrid>
          <Textarea label={t('briefings.conf.speakers')} description={t('briefings.onePerLine')} autosize value={draft.speakers.join('\n')} onChange={(e) => set({ speakers: e.currentTarget.value.split('\n') })} />
          <Text fw={600}>{t('briefings.conf.runSheet')}</Text>
          <RowsEditor
            testId="run-sheet"
            rows={draft.runSheet}
            onChange={(runSheet) => set({ runSheet })}
            newRow={() => ({ time: '', item: '' })}
            max={60}
            addLabel={t('briefings.conf.addRunItem')}
            renderRow={(r, update, i) => (
              <Group grow>
                <TextInput label={t('briefings.conf.runTime')} value={r.time} onChange={(e) => update({ time: e.currentTarget.value })} style={{ maxWidth: 120 }} />
                <TextInput label={t('briefings.conf.runItem')} value={r.item} onChange={(e) => update({ item: e.currentTarget.value })} error={errors[`runSheet.${i}.item`]} />
              </Group>
            )}
          />
          <MissionLinkField recordId={id} title={draft.title} date={draft.startsAt.slice(0, 10)} />
        </EditorSection>

        <EditorSection title={t('briefings.conf.media', { came, invited: draft.invitees.length })}>
          <Group>
            <Button variant="light" onClick={() => setInviting(true)}>
              {t('briefings.conf.invite')}
            </Button>
          </Group>
          {draft.invitees.length > 0 && (
            <DataTable testId="invitees" headings={[t('briefings.conf.mediaName'), t('briefings.conf.outlet'), t('briefings.conf.attendance')]}>
              {draft.invitees.map((i) => (
                <Table.Tr key={i.contactId}>
                  <Table.Td>{i.name}</Table.Td>
                  <Table.Td>{i.outletName}</Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('briefings.conf.attendanceOf', { name: i.name })}
                      value={i.status}
                      onChange={(v) => { const status = attendanceStatuses.find((x) => x === v); if (status) setInvitee(i.contactId, { status }); }}
                      data={attendanceStatuses.map((s) => ({ value: s, label: t(`briefings.conf.status.${s}`) }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
          <InviteMediaModal opened={inviting} onClose={() => setInviting(false)} invited={draft.invitees} onInvite={(added) => saveInvitees([...draft.invitees, ...added])} />
        </EditorSection>

        <EditorSection title={t('briefings.conf.statements')}>
          <StatementsPanel conferenceId={id} />
        </EditorSection>

        <EditorSection title={t('briefings.conf.packTitle')}>
          <MultiSelect
            label={t('briefings.conf.packBriefings')}
            searchable
            data={(briefings ?? []).map((b) => ({ value: b.id, label: `${b.title} (${t('briefings.versions.label', { n: b.version })})` }))}
            value={draft.briefingIds}
            onChange={(briefingIds) => set({ briefingIds })}
          />
          <PdfActionButtons busy={pdf.busy} onRun={runPack} />
        </EditorSection>

        <EditorSection title={t('briefings.conf.followUps')}>
          <RowsEditor
            testId="follow-ups"
            rows={draft.followUps}
            onChange={(followUps) => set({ followUps })}
            newRow={() => ({ text: '', done: false })}
            max={100}
            addLabel={t('briefings.conf.addFollowUp')}
            renderRow={(f, update, i) => (
              <Group>
                <Checkbox aria-label={t('briefings.conf.followUpDone', { n: i + 1 })} checked={f.done} onChange={(e) => update({ done: e.currentTarget.checked })} />
                <TextInput style={{ flex: 1 }} aria-label={t('briefings.conf.followUp', { n: i + 1 })} value={f.text} onChange={(e) => update({ text: e.currentTarget.value })} error={errors[`followUps.${i}.text`]} />
              </Group>
            )}
          />
          <RelatedReleasesField
            ids={draft.relatedReleaseIds}
            legacy={draft.relatedReleases}
            onChange={(relatedReleaseIds) => set({ relatedReleaseIds })}
            onLegacyChange={(relatedReleases) => set({ relatedReleases })}
          />
        </EditorSection>
        <Group justify="flex-end">
          <SaveButton saving={saving} onSave={() => void save()} />
        </Group>
      </Stack>
    </>
  );
}
