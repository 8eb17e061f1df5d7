import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DigestSectionContent } from '../../../src-main/shared/domain/daily-digest';
import { dailyDigestSchema } from '../../../src-main/shared/domain/daily-digest';
import { thaiDayHeading } from '../../../src-main/shared/pdf/daily-digest';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { isoDate } from '../../../src-main/shared/domain/validation';
import type { DailyDigestRecord } from '../../data';
import type { AgendaReader } from '../../data/agenda';
import { useAppData } from '../../session/app-data';
import { useShellContributions } from '../../ui/feature-manifest';
import { notifyIpcError } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { loadLetterhead, PdfActionButtons, runPdfAction, type PdfAction } from '../documents';
import { useOfficeProfile } from '../settings/data';
import { useBuildDigest, useDigestCommands, useDigestOf, useRecentDigests } from './data';
import { buildDigestSections } from './model/digest-sections';
import { digestLineMessages } from './model/line-text';

/** The lines of a textarea: one item per line, blank lines dropped. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * สรุปข่าวประจำวัน: built from the office's records in one click, edited, printed and pasted into
 * the executives' LINE group, and kept as it was sent (a record per day, never recomputed).
 */
export function DigestPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The day comes from the address: anything but a real ISO day (an edited or old link) opens today.
  const asked = params.get('date');
  const date = asked && isoDate().safeParse(asked).success ? asked : localIsoDate(new Date());
  const digest = useDigestOf(date);
  const recent = useRecentDigests();
  const commands = useDigestCommands();
  const buildSections = useBuildDigest();
  const { agendaSources } = useShellContributions();
  const { currentStaff } = useAppData();
  const [building, setBuilding] = useState(false);

  const build = async () => {
    setBuilding(true);
    try {
      const readers: AgendaReader[] = await Promise.all(agendaSources.map((s) => s.load()));
      const sections = await buildSections(date, readers, (facts) => buildDigestSections(facts, (key) => t(key)));
      const fields = { sections, builtAt: new Date().toISOString(), status: 'draft' as const, sentAt: null, preparedBy: currentStaff?.id ?? null };
      if (digest) await commands.update(digest.id, fields);
      else await commands.create({ date, ...fields });
    } catch (error) {
      notifyIpcError(t, error);
    } finally {
      setBuilding(false);
    }
  };
  const askBuild = () => {
    if (!digest) return void build();
    modals.openConfirmModal({
      title: t('digest.rebuildTitle'),
      children: <Text>{t('digest.rebuildMessage')}</Text>,
      labels: { confirm: t('digest.rebuildConfirm'), cancel: t('common.cancel') },
      onConfirm: () => void build(),
    });
  };

  return (
    <>
      <PageHeader title={t('digest.title')} subtitle={t('digest.subtitle')} />
      <Group align="flex-end" mb="md">
        <ThaiDateInput label={t('digest.date')} value={date} onChange={(value) => value && setParams({ date: value })} w={220} />
        <Button onClick={askBuild} loading={building} disabled={digest?.status === 'sent'}>
          {t('digest.build')}
        </Button>
      </Group>
      {digest === null && <Text c="dimmed">{t('digest.none')}</Text>}
      {digest && <DigestEditor key={`${digest.id}:${digest.updatedAt}`} digest={digest} />}
      <Title order={2} size="h4" mt="xl" mb="xs">
        {t('digest.recent')}
      </Title>
      <Stack gap={4} data-testid="digest-recent">
        {(recent ?? []).map((d) => (
          <Group key={d.id} gap="xs">
            <Anchor component={Link} to={`/digest?date=${d.date}`}>
              <ThaiDateText value={d.date} format="long" />
            </Anchor>
            <Badge color={d.status === 'sent' ? 'green' : 'gray'} variant="light">
              {t(`digest.status.${d.status}`)}
            </Badge>
          </Group>
        ))}
      </Stack>
    </>
  );
}

function DigestEditor({ digest }: { digest: DailyDigestRecord }) {
  const { t } = useTranslation();
  const commands = useDigestCommands();
  const profile = useOfficeProfile();
  const { currentStaff } = useAppData();
  const sent = digest.status === 'sent';
  const [texts, setTexts] = useState(() => digest.sections.map((s) => s.lines.join('\n')));
  const [note, setNote] = useState(() => digest.sections.find((s) => s.key === 'note')?.lines.join('\n') ?? '');
  const [busy, setBusy] = useState<PdfAction | null>(null);
  // The editor is keyed by the digest's updatedAt, so "คัดลอกแล้ว" goes once the text changes.
  const [copied, setCopied] = useState(false);

  const edited = (): DigestSectionContent[] => {
    const sections = digest.sections.filter((s) => s.key !== 'note').map((s, i) => ({ ...s, lines: linesOf(texts[i] ?? '') }));
    const noteLines = linesOf(note);
    return noteLines.length > 0 ? [...sections, { key: 'note', title: t('digest.noteTitle'), lines: noteLines }] : sections;
  };
  const dirty = JSON.stringify(edited()) !== JSON.stringify(digest.sections);
  const check = dailyDigestSchema.shape.sections.safeParse(edited());

  const save = async (patch: Partial<DailyDigestRecord> = {}) => {
    try {
      await commands.update(digest.id, { sections: edited(), ...patch });
    } catch (error) {
      notifyIpcError(t, error);
    }
  };
  const messages = digestLineMessages(digest, profile?.officeName ?? '');
  const copy = async () => {
    await navigator.clipboard.writeText(messages.join('\n\n'));
    setCopied(true);
  };
  const print = async (action: PdfAction) => {
    if (!profile) return;
    setBusy(action);
    try {
      const preparer = currentStaff && currentStaff.id === digest.preparedBy ? currentStaff : null;
      const preparedBy = preparer ? { name: `${preparer.title}${preparer.firstName} ${preparer.lastName}`, position: preparer.position || t('digest.staffPosition') } : null;
      const document = { kind: 'daily-digest' as const, letterhead: await loadLetterhead(profile), date: digest.date, sections: digest.sections, preparedBy };
      await runPdfAction(t, action, { document, options: { thaiDigits: profile.thaiDigits } }, t('digest.fileName', { date: thaiDayHeading(digest.date) }));
    } finally {
      setBusy(null);
    }
  };
  const bodySections = digest.sections.filter((s) => s.key !== 'note');

  return (
    <Paper withBorder p="md" data-testid="digest-editor">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {thaiDayHeading(digest.date)}
        </Title>
        <Badge color={sent ? 'green' : 'gray'} data-testid="digest-status">
          {t(`digest.status.${digest.status}`)}
        </Badge>
      </Group>
      {sent && (
        <Alert color="green" mb="sm">
          {t('digest.sentNote')}
        </Alert>
      )}
      <Stack gap="sm">
        {bodySections.map((section, i) => (
          <Textarea
            key={section.key}
            label={`${i + 1}. ${section.title}`}
            description={t('digest.oneLinePerItem')}
            autosize
            minRows={2}
            value={texts[i] ?? ''}
            readOnly={sent}
            onChange={(e) => setTexts((all) => all.map((v, j) => (j === i ? e.currentTarget.value : v)))}
          />
        ))}
        <Textarea label={t('digest.noteTitle')} autosize minRows={1} value={note} readOnly={sent} onChange={(e) => setNote(e.currentTarget.value)} />
        {!check.success && <Text c="red">{t('digest.invalid')}</Text>}
        <Group>
          {!sent && (
            <Button onClick={() => void save()} disabled={!dirty || !check.success}>
              {t('digest.save')}
            </Button>
          )}
          {!sent && (
            <Button variant="light" color="green" disabled={dirty} onClick={() => void save({ status: 'sent', sentAt: new Date().toISOString() })}>
              {t('digest.markSent')}
            </Button>
          )}
          {sent && (
            <Button variant="light" onClick={() => void save({ status: 'draft', sentAt: null })}>
              {t('digest.reopen')}
            </Button>
          )}
        </Group>
        <PdfActionButtons busy={busy} disabled={dirty || !profile} label={t('digest.pdfLabel')} onRun={(a) => void print(a)} />
        {dirty && <Text size="sm" c="dimmed">{t('digest.saveFirst')}</Text>}
        <Textarea label={t('digest.lineText')} description={messages.length > 1 ? t('digest.lineParts', { n: messages.length }) : t('digest.lineOne')} readOnly autosize minRows={6} maxRows={20} value={messages.join('\n\n')} data-testid="digest-line-text" />
        <Group>
          <Button variant="light" onClick={() => void copy()} disabled={dirty}>
            {t('digest.copyLine')}
          </Button>
          {copied && <Text c="green">{t('digest.copied')}</Text>}
        </Group>
      </Stack>
    </Paper>
  );
}
