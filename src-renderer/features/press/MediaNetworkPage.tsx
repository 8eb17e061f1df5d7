import { Alert, Badge, Button, Group, Paper, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { isContactStale, mediaContactDisplayName, resolveRecipients } from '../../../src-main/shared/domain/media';
import { containsEveryWord } from '../../../src-main/shared/text/thai-words';
import type { DistributionListRecord, MediaContactRecord, MediaOutletRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { ContactFormModal } from './ContactFormModal';
import { ListFormModal } from './ListFormModal';
import { OutletFormModal } from './OutletFormModal';
import { PressTabs } from './PressTabs';
import { useContactCommands, useContacts, useDistributionLists, useOutlets } from './data';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { useShowMore } from '../../ui/use-show-more';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';
import { AddButton } from '../../ui/AddButton';

type View = 'contacts' | 'outlets' | 'lists';
/** A table this long is still quick to draw; the search narrows anything beyond it. */
/** Contacts shown per page: 2,000 contacts after ten years are found by search, not by scrolling. */
const PAGE_SIZE = 50;

/** เครือข่ายสื่อมวลชน: outlets, contacts (with reminders to re-verify) and distribution lists. */
export function MediaNetworkPage() {
  const { t } = useTranslation();
  const { markVerified } = useContactCommands();
  const formatNumber = useFormatNumber();
  const outlets = useOutlets();
  const contacts = useContacts();
  const lists = useDistributionLists();
  const [view, setView] = useState<View>('contacts');
  const [query, setQuery] = useState('');
  const [onlyStale, setOnlyStale] = useState(false);
  const [editOutlet, setEditOutlet] = useState<MediaOutletRecord | 'new' | null>(null);
  const [editContact, setEditContact] = useState<MediaContactRecord | 'new' | null>(null);
  const [editList, setEditList] = useState<DistributionListRecord | 'new' | null>(null);
  const today = localIsoDate(new Date());
  const outletName = useMemo(() => new Map((outlets ?? []).map((o) => [o.id, o.name])), [outlets]);
  const stale = useMemo(() => (contacts ?? []).filter((c) => c.active && isContactStale(c, today)), [contacts, today]);
  const shownContacts = (onlyStale ? stale : (contacts ?? [])).filter(
    (c) => containsEveryWord(`${mediaContactDisplayName(c)} ${c.outletId ? (outletName.get(c.outletId) ?? '') : ''} ${c.coverageArea} ${c.beats.join(' ')} ${c.lineId}`, query),
  );
  const page = useShowMore(shownContacts, PAGE_SIZE, `${onlyStale}|${query.trim()}`);
  const verify = async (contact: MediaContactRecord) => {
    try {
      await markVerified(contact.id, today);
      notifications.show({ color: 'teal', message: t('press.verified', { name: mediaContactDisplayName(contact) }) });
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };
  const add = { contacts: () => setEditContact('new'), outlets: () => setEditOutlet('new'), lists: () => setEditList('new') }[view];
  return (
    <>
      <PageHeader
        title={t('nav.press')}
        subtitle={t('press.mediaSubtitle')}
        actions={<AddButton onClick={add}>{t(`press.add.${view}`)}</AddButton>}
      />
      <PressTabs active="media" />
      {stale.length > 0 && (
        <Alert color="orange" mb="md" title={t('press.staleTitle')} data-testid="stale-reminder">
          <Group justify="space-between">
            <Text size="sm">{t('press.staleText', { n: formatNumber(stale.length) })}</Text>
            <Button size="xs" variant="light" color="orange" onClick={() => { setView('contacts'); setOnlyStale(true); }}>
              {t('press.showStale')}
            </Button>
          </Group>
        </Alert>
      )}
      <Group mb="md" justify="space-between">
        <SegmentedControl value={view} onChange={(v) => setView(v)} data={(['contacts', 'outlets', 'lists'] as const).map((v) => ({ value: v, label: t(`press.view.${v}`) }))} />
        {view === 'contacts' && (
          <Group>
            {onlyStale && (
              <Button size="xs" variant="subtle" onClick={() => setOnlyStale(false)}>
                {t('press.showAllContacts')}
              </Button>
            )}
            <TextInput leftSection={<IconSearch size={16} />} aria-label={t('press.searchContacts')} placeholder={t('press.searchContacts')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={280} />
          </Group>
        )}
      </Group>
      {view === 'contacts' &&
        (contacts?.length === 0 ? (
          <EmptyState title={t('press.noContacts')} />
        ) : (
          <Paper withBorder>
            <DataTable striped highlightOnHover testId="contact-list" headings={[t('press.fields.name'), t('press.fields.outlet'), t('press.fields.channels'), t('press.fields.lastVerifiedAt'), null]}>
              {page.visible.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td style={{ cursor: 'pointer' }} onClick={() => setEditContact(c)}>
                    <Text fw={600}>{mediaContactDisplayName(c)}</Text>
                    <Text size="xs" c="dimmed">
                      {[c.position, c.coverageArea, c.beats.join(', ')].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.outletId ? outletName.get(c.outletId) : ''}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{[c.lineId && `LINE ${c.lineId}`, c.email, c.phone].filter(Boolean).join(' · ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    {c.lastVerifiedAt ? <ThaiDateText value={c.lastVerifiedAt} /> : t('press.neverVerified')}{' '}
                    {c.active && isContactStale(c, today) && (
                      <Badge color="orange" variant="light">
                        {t('press.stale')}
                      </Badge>
                    )}
                    {!c.active && <Badge color="gray">{t('press.inactive')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    {c.active && isContactStale(c, today) && (
                      <Button size="xs" variant="light" onClick={() => void verify(c)}>
                        {t('press.markVerified')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            {page.hidden > 0 && (
              <Text size="sm" c="dimmed" px="sm" pt="sm">
                {t('press.shownOf', { shown: formatNumber(page.visible.length), total: formatNumber(shownContacts.length) })}
              </Text>
            )}
            <ShowMoreButton hidden={page.hidden} onClick={page.showMore} />
          </Paper>
        ))}
      {view === 'outlets' &&
        (outlets?.length === 0 ? (
          <EmptyState title={t('press.noOutlets')} />
        ) : (
          <DataTable striped highlightOnHover testId="outlet-list" framed headings={[t('press.fields.outletName'), t('press.fields.outletKind'), t('press.fields.coverageArea'), t('press.fields.channels'), { label: t('press.contactCount'), ta: 'right' }]}>
            {outlets?.map((o) => (
              <Table.Tr key={o.id} style={{ cursor: 'pointer' }} onClick={() => setEditOutlet(o)}>
                <Table.Td>
                  <Text fw={600}>{o.name}</Text>
                  {!o.active && <Badge color="gray">{t('press.inactive')}</Badge>}
                </Table.Td>
                <Table.Td>{t(`press.outletKind.${o.kind}`)}</Table.Td>
                <Table.Td>{o.coverageArea}</Table.Td>
                <Table.Td>{[o.lineGroup && `LINE ${o.lineGroup}`, o.email, o.phone].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td ta="right">{formatNumber((contacts ?? []).filter((c) => c.outletId === o.id).length)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        ))}
      {view === 'lists' &&
        (lists?.length === 0 ? (
          <EmptyState title={t('press.noLists')} />
        ) : (
          <DataTable striped highlightOnHover testId="distribution-lists" framed headings={[t('press.fields.listName'), t('press.fields.description'), { label: t('press.recipients'), ta: 'right' }]}>
            {lists?.map((l) => (
              <Table.Tr key={l.id} style={{ cursor: 'pointer' }} onClick={() => setEditList(l)}>
                <Table.Td fw={600}>{l.name}</Table.Td>
                <Table.Td>{l.description}</Table.Td>
                <Table.Td ta="right">{formatNumber(resolveRecipients([l], contacts ?? []).length)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        ))}
      <OutletFormModal editing={editOutlet} onClose={() => setEditOutlet(null)} />
      <ContactFormModal editing={editContact} onClose={() => setEditContact(null)} />
      <ListFormModal editing={editList} onClose={() => setEditList(null)} />
    </>
  );
}
