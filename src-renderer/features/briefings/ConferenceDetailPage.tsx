import { Button, Checkbox, Group, MultiSelect, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { attendanceStatuses, pressConferenceSchema, type ConferenceInvitee, type PressConference } from '../../../src-main/shared/domain/press-conference';
import { officeProfileRepo, pressConferenceRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { PageHeader } from '../../ui/PageHeader';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { PdfActionButtons, runPdfAction, type PdfAction } from '../documents';
import { InviteMediaModal } from './conference/InviteMediaModal';
import { StatementsPanel } from './conference/StatementsPanel';
import { MissionLinkField } from './editor/MissionLinkField';
import { RelatedReleasesField } from './editor/RelatedReleasesField';
import { RowsEditor } from './editor/RowsEditor';
import { packRequest } from './model/print-request';
import { storedBriefing, storedConference } from './model/stored-records';
import { loadReleaseRefs } from './model/release-links';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** One press conference: details and run sheet, invited media and who came, statements, follow-ups, the pack. */
export function ConferenceDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { db } = useAppData();
  const record = useLiveQuery(async () => (await db.pressConferences.get(id)) ?? null, [db, id]);
  if (record === null) return <Text>{t('briefings.notFound')}</Text>;
  if (record === undefined) return null;
  // Keyed by id: the form starts from the stored record once and then keeps what is typed.
  return <ConferenceEditor key={id} id={id} initial={storedConference(record)} />;
}

function ConferenceEditor({ id, initial }: { id: string; initial: PressConference }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const briefings = useLiveQuery(async () => (await db.briefings.toArray()).filter((b) => !b.deleted), [db]);
  const [draft, setDraft] = useState<PressConference | null>(initial);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [saving, setSaving] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [pdfBusy, setPdfBusy] = useState<PdfAction | null>(null);

  const set = (patch: Partial<PressConference>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  const save = async (next: PressConference | null = draft) => {
    if (!next) return;
    const clean = { ...next, speakers: next.speakers.filter((s) => s.trim() !== ''), relatedReleases: next.relatedReleases.filter((s) => s.trim() !== '') };
    const parsed = pressConferenceSchema.safeParse(clean);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), fieldError(t, i.message)])));
      notifications.show({ color: 'red', message: t('briefings.fixErrors') });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await pressConferenceRepo(db).update(id, parsed.data);
      notifications.show({ color: 'teal', message: t('briefings.saved') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save(), draft !== null);

  const runPack = async (action: PdfAction) => {
    if (!draft) return;
    const chosen = draft.briefingIds.flatMap((bid) => briefings?.find((b) => b.id === bid) ?? []).map(storedBriefing);
    if (chosen.length === 0) {
      notifications.show({ color: 'orange', message: t('briefings.conf.packNeedsBriefing') });
      return;
    }
    setPdfBusy(action);
    try {
      const profile = await officeProfileRepo(db).get();
      const releases = await loadReleaseRefs(db, chosen.flatMap((b) => b.relatedReleaseIds));
      await runPdfAction(t, action, packRequest(draft, chosen, profile?.officeName ?? '', profile?.thaiDigits ?? false, releases), `ชุดเอกสารแถลงข่าว ${draft.title}`.slice(0, 140));
    } finally {
      setPdfBusy(null);
    }
  };

  if (!draft) return null;
  // Invitations and attendance are written at once (staff tick people off at the door), apart
  // from the other fields, which wait for บันทึก.
  const saveInvitees = (invitees: ConferenceInvitee[]) => {
    set({ invitees });
    pressConferenceRepo(db)
      .update(id, { invitees })
      .catch((error: unknown) => notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) }));
  };
  const setInvitee = (contactId: string, patch: Partial<ConferenceInvitee>) => saveInvitees(draft.invitees.map((i) => (i.contactId === contactId ? { ...i, ...patch } : i)));
  const came = draft.invitees.filter((i) => i.status === 'attended').length;

  return (
    <>
      <PageHeader
        title={draft.title}
        subtitle={t('briefings.conf.detailSubtitle')}
        actions={
          <Button onClick={() => void save()} loading={saving}>
            {t('common.save')}
          </Button>
        }
      />
      <Stack gap="md">
        <Section title={t('briefings.conf.details')}>
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
        </Section>

        <Section title={t('briefings.conf.media', { came, invited: draft.invitees.length })}>
          <Group>
            <Button variant="light" onClick={() => setInviting(true)}>
              {t('briefings.conf.invite')}
            </Button>
          </Group>
          {draft.invitees.length > 0 && (
            <Table data-testid="invitees">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('briefings.conf.mediaName')}</Table.Th>
                  <Table.Th>{t('briefings.conf.outlet')}</Table.Th>
                  <Table.Th>{t('briefings.conf.attendance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
              </Table.Tbody>
            </Table>
          )}
          <InviteMediaModal opened={inviting} onClose={() => setInviting(false)} invited={draft.invitees} onInvite={(added) => saveInvitees([...draft.invitees, ...added])} />
        </Section>

        <Section title={t('briefings.conf.statements')}>
          <StatementsPanel conferenceId={id} />
        </Section>

        <Section title={t('briefings.conf.packTitle')}>
          <MultiSelect
            label={t('briefings.conf.packBriefings')}
            searchable
            data={(briefings ?? []).map((b) => ({ value: b.id, label: `${b.title} (${t('briefings.versions.label', { n: b.version })})` }))}
            value={draft.briefingIds}
            onChange={(briefingIds) => set({ briefingIds })}
          />
          <PdfActionButtons busy={pdfBusy} onRun={(a) => void runPack(a)} />
        </Section>

        <Section title={t('briefings.conf.followUps')}>
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
        </Section>
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
