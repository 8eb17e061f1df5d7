import { Stack, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { pressConferenceSchema, type PressConference } from '../../../src-main/shared/domain/press-conference';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { BriefingsTabs } from './BriefingsTabs';
import { useConferenceCommands, useConferences } from './data';
import { DataTable } from '../../ui/DataTable';
import { AddButton } from '../../ui/AddButton';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { ControlledThaiDateTimeInput } from '../../ui/ControlledThaiDateTimeInput';

/** What a new conference asks first; speakers, invitees and the run sheet come on its page. */
const newConferenceSchema = pressConferenceSchema.pick({ title: true, startsAt: true, venue: true });
type NewConference = Pick<PressConference, 'title' | 'startsAt' | 'venue'>;
const NEW_CONFERENCE: NewConference = { title: '', startsAt: '', venue: '' };
const NOTHING_YET = { speakers: [], briefingIds: [], invitees: [], runSheet: [], followUps: [], relatedReleases: [], relatedReleaseIds: [] } satisfies Omit<PressConference, keyof NewConference>;

function NewConferenceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { create } = useConferenceCommands();
  const navigate = useNavigate();
  const record = useRecordForm({
    schema: newConferenceSchema,
    target: opened ? 'new' : null,
    defaults: NEW_CONFERENCE,
    save: (values) => create({ ...values, ...NOTHING_YET }),
    onClose,
    onSaved: (created) => void navigate(`/briefings/conferences/${created.id}`),
    module: 'briefings',
  });
  const { register } = record.form;
  return (
    <RecordFormModal record={record} title={t('briefings.conf.create')} size="md">
      <Stack gap="sm">
        <TextInput label={t('briefings.conf.title')} required {...register('title')} error={record.error('title')} data-autofocus />
        <ControlledThaiDateTimeInput control={record.form.control} name="startsAt" label={t('briefings.conf.startsAt')} required error={record.error('startsAt')} />
        <TextInput label={t('briefings.conf.venue')} required {...register('venue')} error={record.error('venue')} />
      </Stack>
    </RecordFormModal>
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
