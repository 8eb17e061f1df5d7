import { Alert, Badge, Button, CopyButton, Group, MultiSelect, SegmentedControl, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaContactDisplayName, resolveRecipients } from '../../../src-main/shared/domain/media';
import type { SendChannel } from '../../../src-main/shared/domain/press';
import type { PressReleaseRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { charCount, emailText, facebookText, lineText, LINE_MAX_CHARS } from './model/distribution-text';
import { sendEntries } from './model/send-log';
import { PhotoBundleButton } from './PhotoBundleButton';
import { useOfficeProfile } from '../settings/data';
import { useContacts, useDistributionCommands, useDistributionLists, useSends } from './data';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          size="xs"
          variant={copied ? 'filled' : 'light'}
          color={copied ? 'teal' : undefined}
          leftSection={<IconCopy size={14} />}
          data-testid={testId}
          onClick={() => {
            copy();
            notifications.show({ color: 'teal', message: t('press.copied', { what: label }) });
          }}
        >
          {copied ? t('press.copiedShort') : t('press.copy', { what: label })}
        </Button>
      )}
    </CopyButton>
  );
}

/** Choose lists and contacts, copy the ready text for LINE, Facebook or e-mail, and log each send. */
export function DistributionPanel({ release }: { release: PressReleaseRecord }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  // The office's name as releases sign off with it.
  const officeName = useOfficeProfile()?.officeName ?? '';
  const lists = useDistributionLists();
  const contacts = useContacts();
  const sends = useSends(release.id);
  const { logSends: writeSends } = useDistributionCommands();
  const [listIds, setListIds] = useState<string[]>([]);
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [channel, setChannel] = useState<SendChannel>('line');
  const recipients = useMemo(() => {
    const chosenLists = (lists ?? []).filter((l) => listIds.includes(l.id));
    const fromLists = resolveRecipients(chosenLists, contacts ?? []);
    const extra = (contacts ?? []).filter((c) => contactIds.includes(c.id) && !fromLists.includes(c));
    return [...fromLists, ...extra];
  }, [lists, contacts, listIds, contactIds]);
  const line = lineText(release, officeName);
  const facebook = facebookText(release, officeName);
  const mail = emailText(release, officeName);
  const text = channel === 'facebook' ? facebook : channel === 'email' ? mail.body : line;
  const count = charCount(text);

  const logSends = async () => {
    try {
      const entries = sendEntries(release.id, channel, recipients, new Date().toISOString());
      await writeSends(entries);
      notifications.show({ color: 'teal', message: t('press.sendsLogged', { n: entries.length }) });
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };

  return (
    <Stack gap="md">
      {release.status !== 'approved' && release.status !== 'published' && (
        <Alert color="yellow">{t('press.notApprovedYet')}</Alert>
      )}
      <Group grow align="flex-start">
        <MultiSelect label={t('press.chooseLists')} data={(lists ?? []).map((l) => ({ value: l.id, label: l.name }))} value={listIds} onChange={setListIds} searchable clearable />
        <MultiSelect
          label={t('press.chooseContacts')}
          data={(contacts ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: mediaContactDisplayName(c) }))}
          value={contactIds}
          onChange={setContactIds}
          searchable
          clearable
          limit={50}
        />
      </Group>
      <SegmentedControl
        value={channel}
        onChange={(v) => setChannel(v)}
        data={(['line', 'facebook', 'email'] as const).map((c) => ({ value: c, label: t(`press.channel.${c}`) }))}
        aria-label={t('press.channelLabel')}
      />
      {channel === 'email' && (
        <Group align="flex-end">
          <TextInput style={{ flex: 1 }} label={t('press.emailSubject')} value={mail.subject} readOnly />
          <CopyField label={t('press.emailSubject')} value={mail.subject} testId="copy-email-subject" />
        </Group>
      )}
      <Textarea label={t(`press.textFor.${channel}`)} value={text} readOnly autosize minRows={6} maxRows={14} data-testid="distribution-text" />
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={channel === 'line' && count > LINE_MAX_CHARS ? 'red' : 'gray'} variant="light" data-testid="char-count">
            {t('press.charCount', { n: formatNumber(count) })}
          </Badge>
          {channel === 'line' && count > LINE_MAX_CHARS && (
            <Text size="sm" c="red">
              {t('press.lineTooLong', { max: formatNumber(LINE_MAX_CHARS) })}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <CopyField label={t(`press.channel.${channel}`)} value={text} testId={`copy-${channel}`} />
          <PhotoBundleButton release={release} />
        </Group>
      </Group>
      <Group justify="space-between">
        <Text size="sm">{t('press.recipientCount', { n: formatNumber(recipients.length) })}</Text>
        <Button leftSection={<IconSend size={16} />} disabled={recipients.length === 0} onClick={() => void logSends()}>
          {t('press.logSends')}
        </Button>
      </Group>
      <Text fw={600}>{t('press.sendLog')}</Text>
      {sends?.length ? (
        <DataTable striped testId="send-log" headings={[t('press.fields.recipient'), t('press.fields.channel'), t('press.fields.address'), t('press.fields.sentAt')]}>
          {sends.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.recipientName}</Table.Td>
              <Table.Td>{t(`press.channel.${s.channel}`)}</Table.Td>
              <Table.Td>{s.address}</Table.Td>
              <Table.Td>
                <ThaiDateText value={s.sentAt} withTime />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      ) : (
        <Text size="sm" c="dimmed">
          {t('press.noSends')}
        </Text>
      )}
    </Stack>
  );
}
