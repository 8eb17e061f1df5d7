import { Modal, Stack, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { pressConferenceSchema, type PressConference } from '../../../src-main/shared/domain/press-conference';
import { EmptyState } from '../../ui/EmptyState';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { BriefingsTabs } from './BriefingsTabs';
import { useConferenceCommands, useConferences } from './data';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';
import { AddButton } from '../../ui/AddButton';
import { issueErrors } from '../../ui/issue-errors';

function NewConferenceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { create } = useConferenceCommands();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [venue, setVenue] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const data: PressConference = { title, startsAt, venue, speakers: [], briefingIds: [], invitees: [], runSheet: [], followUps: [], relatedReleases: [], relatedReleaseIds: [] };
    const parsed = pressConferenceSchema.safeParse(data);
    if (!parsed.success) {
      setErrors(issueErrors(t, parsed.error.issues));
      return;
    }
    setSaving(true);
    try {
      const created = await create(parsed.data);
      onClose();
      void navigate(`/briefings/conferences/${created.id}`);
    } catch (error) {
      notifySaveFailed(t, error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('briefings.conf.create')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <TextInput label={t('briefings.conf.title')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} data-autofocus />
          <TextInput type="datetime-local" label={t('briefings.conf.startsAt')} required value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value.slice(0, 16))} error={errors.startsAt} />
          <TextInput label={t('briefings.conf.venue')} required value={venue} onChange={(e) => setVenue(e.currentTarget.value)} error={errors.venue} />
          <FormModalFooter onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  );
}

/** การแถลงข่าว: scheduled and past press conferences, latest first. */
export function ConferencesPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const conferences = useConferences();
  return (
    <>
      <PageHeader
        title={t('briefings.conf.listTitle')}
        actions={<AddButton onClick={() => setCreating(true)}>{t('briefings.conf.create')}</AddButton>}
      />
      <BriefingsTabs active="conferences" />
      {conferences !== undefined && conferences.length === 0 ? (
        <EmptyState title={t('briefings.conf.empty')} />
      ) : (
        <DataTable striped headings={[t('briefings.conf.title'), t('briefings.conf.startsAt'), t('briefings.conf.venue'), t('briefings.conf.invited')]}>
          {(conferences ?? []).map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Link to={`/briefings/conferences/${c.id}`}>{c.title}</Link>
              </Table.Td>
              <Table.Td>
                <ThaiDateText value={c.startsAt.slice(0, 10)} format="short" /> {c.startsAt.slice(11, 16)} น.
              </Table.Td>
              <Table.Td>{c.venue}</Table.Td>
              <Table.Td>{t('briefings.conf.attendanceSummary', { came: c.invitees.filter((i) => i.status === 'attended').length, invited: c.invitees.length })}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <NewConferenceModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
