import { Button, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaContactDisplayName, resolveRecipients } from '../../../../src-main/shared/domain/media';
import type { ConferenceInvitee } from '../../../../src-main/shared/domain/press-conference';
import { useDistributionLists, useMediaContacts, useMediaOutlets } from '../data';

/**
 * Invite from the media network: single contacts, whole outlets (their active people) or whole
 * distribution lists. Everyone is added once; people already invited keep their attendance.
 */
export function InviteMediaModal({ opened, onClose, invited, onInvite }: { opened: boolean; onClose: () => void; invited: readonly ConferenceInvitee[]; onInvite: (added: ConferenceInvitee[]) => void }) {
  const { t } = useTranslation();
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [outletIds, setOutletIds] = useState<string[]>([]);
  const [listIds, setListIds] = useState<string[]>([]);
  const contacts = useMediaContacts();
  const outlets = useMediaOutlets();
  const lists = useDistributionLists();
  const outletName = (id: string | null) => outlets?.find((o) => o.id === id)?.name ?? '';

  const chosenLists = [{ contactIds, outletIds }, ...(lists ?? []).filter((l) => listIds.includes(l.id))];
  const already = new Set(invited.map((i) => i.contactId));
  // Contacts picked one by one are invited even if marked inactive: someone chose them.
  const picked = (contacts ?? []).filter((c) => contactIds.includes(c.id));
  const resolved = [...new Map([...picked, ...resolveRecipients(chosenLists, contacts ?? [])].map((c) => [c.id, c])).values()].filter((c) => !already.has(c.id));

  const invite = () => {
    onInvite(resolved.map((c) => ({ contactId: c.id, name: mediaContactDisplayName(c), outletName: outletName(c.outletId), status: 'invited' })));
    setContactIds([]);
    setOutletIds([]);
    setListIds([]);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('briefings.conf.inviteTitle')} size="lg">
      <Stack gap="sm">
        <MultiSelect
          label={t('briefings.conf.pickContacts')}
          searchable
          data={(contacts ?? []).map((c) => ({ value: c.id, label: `${mediaContactDisplayName(c)}${c.outletId ? ` (${outletName(c.outletId)})` : ''}` }))}
          value={contactIds}
          onChange={setContactIds}
        />
        <MultiSelect label={t('briefings.conf.pickOutlets')} searchable data={(outlets ?? []).map((o) => ({ value: o.id, label: o.name }))} value={outletIds} onChange={setOutletIds} />
        <MultiSelect label={t('briefings.conf.pickLists')} searchable data={(lists ?? []).map((l) => ({ value: l.id, label: l.name }))} value={listIds} onChange={setListIds} />
        <Text size="sm" data-testid="invite-count">
          {t('briefings.conf.willInvite', { n: resolved.length })}
        </Text>
        <Button onClick={invite} disabled={resolved.length === 0}>
          {t('briefings.conf.inviteAction', { n: resolved.length })}
        </Button>
      </Stack>
    </Modal>
  );
}
