import { Button, Modal, Stack, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { pressConferenceSchema, type PressConference } from '../../../src-main/shared/domain/press-conference';
import { pressConferenceRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { EmptyState } from '../../ui/EmptyState';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { BriefingsTabs } from './BriefingsTabs';

function NewConferenceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
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
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), fieldError(t, i.message)])));
      return;
    }
    setSaving(true);
    try {
      const created = await pressConferenceRepo(db).create(parsed.data);
      onClose();
      void navigate(`/briefings/conferences/${created.id}`);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
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
  const { db } = useAppData();
  const [creating, setCreating] = useState(false);
  const conferences = useLiveQuery(async () => (await db.pressConferences.toArray()).filter((c) => !c.deleted).sort((a, b) => b.startsAt.localeCompare(a.startsAt)), [db]);
  return (
    <>
      <PageHeader
        title={t('briefings.conf.listTitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            {t('briefings.conf.create')}
          </Button>
        }
      />
      <BriefingsTabs active="conferences" />
      {conferences !== undefined && conferences.length === 0 ? (
        <EmptyState title={t('briefings.conf.empty')} />
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('briefings.conf.title')}</Table.Th>
              <Table.Th>{t('briefings.conf.startsAt')}</Table.Th>
              <Table.Th>{t('briefings.conf.venue')}</Table.Th>
              <Table.Th>{t('briefings.conf.invited')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
          </Table.Tbody>
        </Table>
      )}
      <NewConferenceModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
