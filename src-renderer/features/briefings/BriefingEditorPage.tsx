import { Alert, Badge, Button, Checkbox, Divider, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabase } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MAX_KEY_MESSAGES, type Briefing } from '../../../src-main/shared/domain/briefing';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../src-main/shared/pdf/document-parts';
import { useAppData } from '../../session/app-data';
import { BlobAttachments } from '../../ui/BlobAttachments';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { PdfActionButtons, type PdfAction } from '../documents';
import { useBriefingAuthor, useBriefingCommands, useBriefingRecord } from './data';
import { BankPickerModal } from './editor/BankPickerModal';
import { CoreMessageField } from './editor/CoreMessageField';
import { EditorSection } from './editor/EditorSection';
import { MissionLinkField } from './editor/MissionLinkField';
import { OpenedRecord } from './editor/OpenedRecord';
import { RelatedReleasesField } from './editor/RelatedReleasesField';
import { RowsEditor } from './editor/RowsEditor';
import { SaveButton } from './editor/SaveButton';
import { StatusActions } from './editor/StatusActions';
import { usePrintAction } from './editor/use-print-action';
import { VersionHistory } from './editor/VersionHistory';
import { errorKey, validateBriefing, type FieldErrors } from './model/briefing-form';
import { briefingRequest, pdfFileName } from './model/print-request';
import { storedBriefing } from './model/stored-records';
import { notifySaveFailed } from '../../ui/notify';

/**
 * One briefing, edited as a whole and saved with บันทึก or Ctrl+S. What is typed lives here
 * until it is saved; a refused save or approval says why beside the field and keeps it all.
 */
export function BriefingEditorPage() {
  const { id = '' } = useParams();
  const record = useBriefingRecord(id);
  return <OpenedRecord record={record}>{(r) => <BriefingEditor key={id} id={id} initial={storedBriefing(r)} />}</OpenedRecord>;
}

function BriefingEditor({ id, initial }: { id: string; initial: Briefing }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const commands = useBriefingCommands();
  // Who wrote it (the record's author, set by the data layer): nobody approves their own.
  const author = useBriefingAuthor(id);
  const [draft, setDraft] = useState<Briefing | null>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const pdf = usePrintAction();
  const [bankOpen, setBankOpen] = useState(false);

  const set = (patch: Partial<Briefing>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const err = (path: string) => {
    const key = errorKey(errors[path]);
    return key ? t(key) : undefined;
  };

  const save = async (): Promise<boolean> => {
    if (!draft || busy) return false;
    const valid = validateBriefing(draft);
    if (!valid.ok) {
      setErrors(valid.errors);
      notifications.show({ color: 'red', message: t('briefings.fixErrors') });
      return false;
    }
    setErrors({});
    setBusy(true);
    try {
      const { newVersion, saved } = await commands.save(id, valid.value);
      setDraft(saved);
      notifications.show({ color: 'teal', message: newVersion ? t('briefings.savedNewVersion', { n: saved.version }) : t('briefings.saved') });
      return true;
    } catch (error) {
      notifySaveFailed(t, error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  useSaveShortcut(() => void save(), draft !== null);

  const advance = async () => {
    if (!draft || busy) return;
    if (!currentStaff) {
      setProblems(['briefings.validation.noCurrentUser']);
      return;
    }
    const valid = validateBriefing(draft);
    if (!valid.ok) {
      setErrors(valid.errors);
      return;
    }
    setBusy(true);
    try {
      const at = new Date();
      const result = await commands.advance(id, valid.value, currentStaff, at);
      if (!result.ok) {
        setProblems(result.problems);
        // Also beside the field that needs it, so the eye lands where to type.
        if (result.problems.includes('briefings.validation.approveNoCoreMessage')) setErrors({ coreMessage: 'briefings.validation.approveNoCoreMessage' });
        if (result.problems.includes('briefings.validation.approveNoTitle')) setErrors((e) => ({ ...e, title: 'briefings.validation.approveNoTitle' }));
        return;
      }
      setProblems([]);
      setDraft(result.saved);
      notifications.show({ color: 'teal', message: t(`briefings.advanced.${result.saved.status}`) });
    } catch (error) {
      notifySaveFailed(t, error);
    } finally {
      setBusy(false);
    }
  };

  const newVersion = async () => {
    setBusy(true);
    try {
      setDraft(await commands.newVersion(id));
    } finally {
      setBusy(false);
    }
  };

  const runPdf = (action: PdfAction) => {
    if (!draft) return;
    void pdf.print(action, draft.relatedReleaseIds, ({ profile, releases }) => briefingRequest(draft, profile?.officeName ?? '', profile?.thaiDigits ?? false, releases), pdfFileName(draft.title, draft.version));
  };

  if (!draft) return null;
  const insertedIds = new Set(draft.qas.flatMap((q) => (q.bankItemId ? [q.bankItemId] : [])));

  return (
    <>
      <PageHeader
        title={draft.title || t('briefings.untitled')}
        subtitle={t('briefings.editorSubtitle')}
        actions={<SaveButton saving={busy} onSave={() => void save()} />}
      />
      <Stack gap="md">
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <StatusActions briefing={draft} authorId={author} busy={busy} onAdvance={() => void advance()} onNewVersion={() => void newVersion()} />
            {problems.length > 0 && (
              <Alert color="red" title={t('briefings.cannotAdvance')} data-testid="approval-problems">
                {problems.map((p) => (
                  <Text key={p}>{t(p)}</Text>
                ))}
              </Alert>
            )}
            <PdfActionButtons busy={pdf.busy} onRun={runPdf} />
          </Stack>
        </Paper>

        <EditorSection title={t('briefings.sections.basics')}>
          <TextInput label={t('briefings.fields.title')} required value={draft.title} onChange={(e) => set({ title: e.currentTarget.value })} error={err('title')} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <ThaiDateInput label={t('briefings.fields.date')} value={draft.date} onChange={(v) => set({ date: v ?? '' })} error={err('date')} />
            <Select
              label={t('briefings.fields.urgency')}
              data={URGENCY_LEVELS.map((u) => ({ value: u, label: t(`briefings.urgency.${u}`) }))}
              value={draft.urgency}
              onChange={(v) => { const u = URGENCY_LEVELS.find((x) => x === v); if (u) set({ urgency: u }); }}
              allowDeselect={false}
            />
            <Select
              label={t('briefings.fields.secrecy')}
              data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`briefings.secrecy.${s}`) }))}
              value={draft.secrecy}
              onChange={(v) => { const s = SECRECY_LEVELS.find((x) => x === v); if (s) set({ secrecy: s }); }}
              allowDeselect={false}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput label={t('briefings.fields.occasion')} value={draft.occasion} onChange={(e) => set({ occasion: e.currentTarget.value })} error={err('occasion')} />
            <TextInput label={t('briefings.fields.audience')} value={draft.audience} onChange={(e) => set({ audience: e.currentTarget.value })} error={err('audience')} />
            <TextInput label={t('briefings.fields.spokesperson')} value={draft.spokesperson} onChange={(e) => set({ spokesperson: e.currentTarget.value })} error={err('spokesperson')} />
          </SimpleGrid>
        </EditorSection>

        <EditorSection title={t('briefings.sections.messages')}>
          <CoreMessageField value={draft.coreMessage} onChange={(coreMessage) => set({ coreMessage })} error={err('coreMessage')} />
          <Text fw={600}>{t('briefings.keyMessagesLabel', { max: MAX_KEY_MESSAGES })}</Text>
          <RowsEditor
            testId="key-messages"
            rows={draft.keyMessages}
            onChange={(keyMessages) => set({ keyMessages })}
            newRow={() => ({ text: '', proofPoints: [] })}
            max={MAX_KEY_MESSAGES}
            addLabel={t('briefings.addKeyMessage')}
            renderRow={(m, update, i) => (
              <>
                <TextInput label={t('briefings.fields.keyMessage', { n: i + 1 })} value={m.text} onChange={(e) => update({ text: e.currentTarget.value })} error={err(`keyMessages.${i}.text`)} />
                <Textarea
                  label={t('briefings.fields.proofPoints', { n: i + 1 })}
                  description={t('briefings.onePerLine')}
                  autosize
                  minRows={2}
                  value={m.proofPoints.join('\n')}
                  onChange={(e) => update({ proofPoints: e.currentTarget.value.split('\n') })}
                  error={err(`keyMessages.${i}.proofPoints`)}
                />
              </>
            )}
          />
        </EditorSection>

        {(draft.crisisKind !== null || draft.holdingStatement !== '' || draft.checklist.length > 0) && (
          <EditorSection title={t('briefings.sections.crisis')}>
            {draft.crisisKind && <Badge color="red">{t(`briefings.crisis.${draft.crisisKind}`, { defaultValue: draft.crisisKind })}</Badge>}
            <Textarea label={t('briefings.fields.holdingStatement')} autosize minRows={3} value={draft.holdingStatement} onChange={(e) => set({ holdingStatement: e.currentTarget.value })} error={err('holdingStatement')} />
            <Text fw={600}>{t('briefings.fields.checklist')}</Text>
            <Stack gap={4} data-testid="crisis-checklist">
              {draft.checklist.map((item, i) => (
                <Checkbox key={i} label={item.text} checked={item.done} onChange={(e) => set({ checklist: draft.checklist.map((c, j) => (j === i ? { ...c, done: e.currentTarget.checked } : c)) })} />
              ))}
            </Stack>
          </EditorSection>
        )}

        <EditorSection title={t('briefings.sections.situation')}>
          <Textarea label={t('briefings.fields.situation')} autosize minRows={3} value={draft.situation} onChange={(e) => set({ situation: e.currentTarget.value })} error={err('situation')} />
          <Textarea label={t('briefings.fields.background')} autosize minRows={2} value={draft.background} onChange={(e) => set({ background: e.currentTarget.value })} error={err('background')} />
        </EditorSection>

        <EditorSection title={t('briefings.sections.facts')}>
          <RowsEditor
            testId="facts"
            rows={draft.facts}
            onChange={(facts) => set({ facts })}
            newRow={() => ({ statement: '', source: '', asOf: '' })}
            max={100}
            addLabel={t('briefings.addFact')}
            renderRow={(f, update, i) => (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <TextInput label={t('briefings.fields.factStatement', { n: i + 1 })} value={f.statement} onChange={(e) => update({ statement: e.currentTarget.value })} error={err(`facts.${i}.statement`)} />
                <TextInput label={t('briefings.fields.factSource', { n: i + 1 })} value={f.source} onChange={(e) => update({ source: e.currentTarget.value })} error={err(`facts.${i}.source`)} />
                <TextInput type="datetime-local" label={t('briefings.fields.factAsOf', { n: i + 1 })} value={f.asOf} onChange={(e) => update({ asOf: e.currentTarget.value.slice(0, 16) })} error={err(`facts.${i}.asOf`)} />
              </SimpleGrid>
            )}
          />
        </EditorSection>

        <EditorSection title={t('briefings.sections.qa', { n: draft.qas.length })}>
          <Group>
            <Button variant="light" leftSection={<IconDatabase size={16} />} onClick={() => setBankOpen(true)}>
              {t('briefings.bank.openPicker')}
            </Button>
          </Group>
          <RowsEditor
            testId="qas"
            rows={draft.qas}
            onChange={(qas) => set({ qas })}
            newRow={() => ({ question: '', answer: '', bridge: '', hostile: false, bankItemId: null, bankVersion: null })}
            max={300}
            addLabel={t('briefings.addQa')}
            renderRow={(q, update, i) => (
              <>
                {q.bankItemId && (
                  <Badge variant="light" color="grape" data-testid="from-bank">
                    {t('briefings.bank.fromBank', { n: q.bankVersion ?? 1 })}
                  </Badge>
                )}
                <Textarea label={t('briefings.fields.question', { n: i + 1 })} autosize value={q.question} onChange={(e) => update({ question: e.currentTarget.value })} error={err(`qas.${i}.question`)} />
                <Textarea label={t('briefings.fields.answer', { n: i + 1 })} autosize minRows={2} value={q.answer} onChange={(e) => update({ answer: e.currentTarget.value })} error={err(`qas.${i}.answer`)} />
                <TextInput label={t('briefings.fields.bridge', { n: i + 1 })} value={q.bridge} onChange={(e) => update({ bridge: e.currentTarget.value })} error={err(`qas.${i}.bridge`)} />
                <Checkbox label={t('briefings.fields.hostile')} checked={q.hostile} onChange={(e) => update({ hostile: e.currentTarget.checked })} />
              </>
            )}
          />
          <BankPickerModal opened={bankOpen} onClose={() => setBankOpen(false)} insertedIds={insertedIds} onInsert={(qa) => set({ qas: [...draft.qas, qa] })} />
        </EditorSection>

        <EditorSection title={t('briefings.sections.guidance')}>
          <Textarea label={t('briefings.fields.doNotSay')} autosize minRows={2} value={draft.doNotSay} onChange={(e) => set({ doNotSay: e.currentTarget.value })} error={err('doNotSay')} />
          <Text fw={600}>{t('briefings.fields.routing')}</Text>
          <RowsEditor
            testId="routing"
            rows={draft.routingNotes}
            onChange={(routingNotes) => set({ routingNotes })}
            newRow={() => ({ topic: '', agency: '' })}
            max={50}
            addLabel={t('briefings.addRouting')}
            renderRow={(r, update, i) => (
              <SimpleGrid cols={2}>
                <TextInput label={t('briefings.fields.routingTopic')} value={r.topic} onChange={(e) => update({ topic: e.currentTarget.value })} error={err(`routingNotes.${i}.topic`)} />
                <TextInput label={t('briefings.fields.routingAgency')} value={r.agency} onChange={(e) => update({ agency: e.currentTarget.value })} error={err(`routingNotes.${i}.agency`)} />
              </SimpleGrid>
            )}
          />
          <Text fw={600}>{t('briefings.fields.contacts')}</Text>
          <RowsEditor
            testId="contacts"
            rows={draft.contacts}
            onChange={(contacts) => set({ contacts })}
            newRow={() => ({ name: '', role: '', phone: '' })}
            max={50}
            addLabel={t('briefings.addContact')}
            renderRow={(c, update, i) => (
              <SimpleGrid cols={3}>
                <TextInput label={t('briefings.fields.contactName')} value={c.name} onChange={(e) => update({ name: e.currentTarget.value })} error={err(`contacts.${i}.name`)} />
                <TextInput label={t('briefings.fields.contactRole')} value={c.role} onChange={(e) => update({ role: e.currentTarget.value })} error={err(`contacts.${i}.role`)} />
                <TextInput label={t('briefings.fields.contactPhone')} value={c.phone} onChange={(e) => update({ phone: e.currentTarget.value })} error={err(`contacts.${i}.phone`)} />
              </SimpleGrid>
            )}
          />
          <Divider />
          <RelatedReleasesField
            ids={draft.relatedReleaseIds}
            legacy={draft.relatedReleases}
            onChange={(relatedReleaseIds) => set({ relatedReleaseIds })}
            onLegacyChange={(relatedReleases) => set({ relatedReleases })}
          />
          <Divider />
          {/* Kept with the draft: saved (and versioned) with บันทึก like every other field. */}
          <BlobAttachments attachments={draft.attachments} onChange={(attachments) => set({ attachments })} keyPrefix="briefings.files" testId="briefing-attachment" />
        </EditorSection>

        <EditorSection title={t('briefings.sections.links')}>
          <MissionLinkField recordId={id} title={draft.title || t('briefings.untitled')} date={draft.date} />
          <Divider />
          <Text fw={600}>{t('briefings.versions.title')}</Text>
          <VersionHistory briefingId={id} current={draft} />
        </EditorSection>
        <Group justify="flex-end">
          <SaveButton saving={busy} onSave={() => void save()} />
        </Group>
      </Stack>
    </>
  );
}
