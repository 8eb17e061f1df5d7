import { Alert, Badge, Button, Divider, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabase } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MAX_KEY_MESSAGES, briefingSchema, type Briefing, type BriefingQa } from '../../../src-main/shared/domain/briefing';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../src-main/shared/pdf/document-parts';
import { useAppData } from '../../session/app-data';
import { BlobAttachments } from '../../ui/BlobAttachments';
import { ControlledCheckbox } from '../../ui/ControlledCheckbox';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordPage } from '../../ui/use-record-form';
import { notifySaveFailed } from '../../ui/notify';
import { PdfActionButtons, type PdfAction } from '../documents';
import { useBriefingAuthor, useBriefingCommands, useBriefingRecord } from './data';
import { BankPickerModal } from './editor/BankPickerModal';
import { CoreMessageField } from './editor/CoreMessageField';
import { EditorSection } from './editor/EditorSection';
import { FieldRows } from './editor/FieldRows';
import { MissionLinkField } from './editor/MissionLinkField';
import { PlanTagField } from '../plans';
import { OpenedRecord } from './editor/OpenedRecord';
import { RelatedReleasesFormField } from './editor/RelatedReleasesField';
import { SaveButton } from './editor/SaveButton';
import { StatusActions } from './editor/StatusActions';
import { usePrintAction } from './editor/use-print-action';
import { VersionHistory } from './editor/VersionHistory';
import { briefingWithoutBlankLines } from './model/briefing-form';
import { briefingRequest, pdfFileName } from './model/print-request';
import { storedBriefing } from './model/stored-records';
import { ControlledThaiDateTimeInput } from '../../ui/ControlledThaiDateTimeInput';

/**
 * One briefing, edited as a whole and saved with บันทึก or Ctrl+S. What is typed lives in the
 * page's form (react-hook-form, checked with the briefing's zod schema) until it is saved; a
 * refused save or approval says why beside the field and keeps it all.
 */
export function BriefingEditorPage() {
  const { id = '' } = useParams();
  const record = useBriefingRecord(id);
  return <OpenedRecord record={record}>{(r) => <BriefingEditor key={id} id={id} initial={storedBriefing(r)} />}</OpenedRecord>;
}

const NO_BANK_ITEM = { bankItemId: null, bankVersion: null };

function BriefingEditor({ id, initial }: { id: string; initial: Briefing }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const commands = useBriefingCommands();
  // Who wrote it (the record's author, set by the data layer): nobody approves their own.
  const author = useBriefingAuthor(id);
  // The briefing as last stored: its status, version and approvals. The form holds what is typed.
  const [stored, setStored] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [startingVersion, setStartingVersion] = useState(false);
  const pdf = usePrintAction();
  const [bankOpen, setBankOpen] = useState(false);

  const loaded = (briefing: Briefing) => {
    setStored(briefing);
    editor.form.reset(briefing);
  };
  const editor = useRecordPage({
    schema: briefingSchema,
    prepare: briefingWithoutBlankLines,
    id,
    initial,
    save: (values) => commands.save(id, values),
    saved: ({ newVersion, saved }) => (newVersion ? t('briefings.savedNewVersion', { n: saved.version }) : t('briefings.saved')),
    onSaved: ({ saved }) => loaded(saved),
    module: 'briefings',
    invalid: t('briefings.fixErrors'),
  });
  const { form, error: err } = editor;
  const { control, register } = form;
  const keyMessages = useFieldArray({ control, name: 'keyMessages' });
  const facts = useFieldArray({ control, name: 'facts' });
  const qas = useFieldArray({ control, name: 'qas' });
  const routingNotes = useFieldArray({ control, name: 'routingNotes' });
  const contacts = useFieldArray({ control, name: 'contacts' });
  const checklist = useFieldArray({ control, name: 'checklist' });
  const [title, date] = useWatch({ control, name: ['title', 'date'] });
  const busy = editor.saving || startingVersion;

  const advance = form.handleSubmit(
    async (valid) => {
      if (!currentStaff) {
        setProblems(['briefings.validation.noCurrentUser']);
        return;
      }
      try {
        const result = await commands.advance(id, valid, currentStaff, new Date());
        if (!result.ok) {
          setProblems(result.problems);
          // Also beside the field that needs it, so the eye lands where to type.
          for (const [field, problem] of [
            ['coreMessage', 'briefings.validation.approveNoCoreMessage'],
            ['title', 'briefings.validation.approveNoTitle'],
          ] as const) {
            if (result.problems.includes(problem)) form.setError(field, { message: problem });
          }
          return;
        }
        setProblems([]);
        loaded(result.saved);
        notifications.show({ color: 'teal', message: t(`briefings.advanced.${result.saved.status}`) });
      } catch (error) {
        notifySaveFailed(t, error);
      }
    },
    () => notifications.show({ color: 'red', message: t('briefings.fixErrors') }),
  );

  const newVersion = async () => {
    setStartingVersion(true);
    try {
      loaded(await commands.newVersion(id));
    } catch (error) {
      notifySaveFailed(t, error);
    } finally {
      setStartingVersion(false);
    }
  };

  // What is on the page is printed, saved or not (a director checks the wording on paper first).
  const runPdf = (action: PdfAction) => {
    const draft = form.getValues();
    void pdf.print(action, draft.relatedReleaseIds, ({ profile, releases }) => briefingRequest(draft, profile?.officeName ?? '', profile?.thaiDigits ?? false, releases), pdfFileName(draft.title, draft.version));
  };
  const save = () => void editor.submit();
  // The crisis part shows for a briefing started from a crisis template (as stored, so clearing
  // the holding statement does not hide the box being typed in).
  const crisis = stored.crisisKind !== null || stored.holdingStatement !== '' || stored.checklist.length > 0;

  return (
    <>
      <PageHeader title={title || t('briefings.untitled')} subtitle={t('briefings.editorSubtitle')} actions={<SaveButton saving={busy} onSave={save} />} />
      <Stack gap="md">
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <StatusActions briefing={stored} authorId={author} busy={busy} onAdvance={() => void advance()} onNewVersion={() => void newVersion()} />
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
          <TextInput label={t('briefings.fields.title')} required {...register('title')} error={err('title')} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <ControlledThaiDateInput control={control} name="date" emptyAs="" label={t('briefings.fields.date')} error={err('date')} />
            <ControlledSelect control={control} name="urgency" label={t('briefings.fields.urgency')} data={URGENCY_LEVELS.map((u) => ({ value: u, label: t(`briefings.urgency.${u}`) }))} />
            <ControlledSelect control={control} name="secrecy" label={t('briefings.fields.secrecy')} data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`briefings.secrecy.${s}`) }))} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput label={t('briefings.fields.occasion')} {...register('occasion')} error={err('occasion')} />
            <TextInput label={t('briefings.fields.audience')} {...register('audience')} error={err('audience')} />
            <TextInput label={t('briefings.fields.spokesperson')} {...register('spokesperson')} error={err('spokesperson')} />
          </SimpleGrid>
        </EditorSection>

        <EditorSection title={t('briefings.sections.messages')}>
          <Controller control={control} name="coreMessage" render={({ field }) => <CoreMessageField value={field.value} onChange={field.onChange} error={err('coreMessage')} />} />
          <Text fw={600}>{t('briefings.keyMessagesLabel', { max: MAX_KEY_MESSAGES })}</Text>
          <FieldRows
            testId="key-messages"
            rows={keyMessages}
            newRow={() => ({ text: '', proofPoints: [] })}
            max={MAX_KEY_MESSAGES}
            addLabel={t('briefings.addKeyMessage')}
            renderRow={(i) => (
              <>
                <TextInput label={t('briefings.fields.keyMessage', { n: i + 1 })} {...register(`keyMessages.${i}.text`)} error={err(`keyMessages.${i}.text`)} />
                <Controller
                  control={control}
                  name={`keyMessages.${i}.proofPoints`}
                  render={({ field }) => (
                    <Textarea
                      label={t('briefings.fields.proofPoints', { n: i + 1 })}
                      description={t('briefings.onePerLine')}
                      autosize
                      minRows={2}
                      value={field.value.join('\n')}
                      onChange={(e) => field.onChange(e.currentTarget.value.split('\n'))}
                      error={editor.errorWithin(`keyMessages.${i}.proofPoints`)}
                    />
                  )}
                />
              </>
            )}
          />
        </EditorSection>

        {crisis && (
          <EditorSection title={t('briefings.sections.crisis')}>
            {stored.crisisKind && <Badge color="red">{t(`briefings.crisis.${stored.crisisKind}`, { defaultValue: stored.crisisKind })}</Badge>}
            <Textarea label={t('briefings.fields.holdingStatement')} autosize minRows={3} {...register('holdingStatement')} error={err('holdingStatement')} />
            <Text fw={600}>{t('briefings.fields.checklist')}</Text>
            <Stack gap={4} data-testid="crisis-checklist">
              {checklist.fields.map((item, i) => (
                <ControlledCheckbox key={item.id} control={control} name={`checklist.${i}.done`} label={item.text} />
              ))}
            </Stack>
          </EditorSection>
        )}

        <EditorSection title={t('briefings.sections.situation')}>
          <Textarea label={t('briefings.fields.situation')} autosize minRows={3} {...register('situation')} error={err('situation')} />
          <Textarea label={t('briefings.fields.background')} autosize minRows={2} {...register('background')} error={err('background')} />
        </EditorSection>

        <EditorSection title={t('briefings.sections.facts')}>
          <FieldRows
            testId="facts"
            rows={facts}
            newRow={() => ({ statement: '', source: '', asOf: '' })}
            max={100}
            addLabel={t('briefings.addFact')}
            renderRow={(i) => (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <TextInput label={t('briefings.fields.factStatement', { n: i + 1 })} {...register(`facts.${i}.statement`)} error={err(`facts.${i}.statement`)} />
                <TextInput label={t('briefings.fields.factSource', { n: i + 1 })} {...register(`facts.${i}.source`)} error={err(`facts.${i}.source`)} />
                <ControlledThaiDateTimeInput control={control} name={`facts.${i}.asOf`} label={t('briefings.fields.factAsOf', { n: i + 1 })} error={err(`facts.${i}.asOf`)} />
              </SimpleGrid>
            )}
          />
        </EditorSection>

        <EditorSection title={t('briefings.sections.qa', { n: qas.fields.length })}>
          <Group>
            <Button variant="light" leftSection={<IconDatabase size={16} />} onClick={() => setBankOpen(true)}>
              {t('briefings.bank.openPicker')}
            </Button>
          </Group>
          <FieldRows
            testId="qas"
            rows={qas}
            newRow={() => ({ question: '', answer: '', bridge: '', hostile: false, ...NO_BANK_ITEM })}
            max={300}
            addLabel={t('briefings.addQa')}
            renderRow={(i) => (
              <>
                <FromBankBadge control={control} index={i} />
                <Textarea label={t('briefings.fields.question', { n: i + 1 })} autosize {...register(`qas.${i}.question`)} error={err(`qas.${i}.question`)} />
                <Textarea label={t('briefings.fields.answer', { n: i + 1 })} autosize minRows={2} {...register(`qas.${i}.answer`)} error={err(`qas.${i}.answer`)} />
                <TextInput label={t('briefings.fields.bridge', { n: i + 1 })} {...register(`qas.${i}.bridge`)} error={err(`qas.${i}.bridge`)} />
                <ControlledCheckbox control={control} name={`qas.${i}.hostile`} label={t('briefings.fields.hostile')} />
              </>
            )}
          />
          <BankPicker control={control} opened={bankOpen} onClose={() => setBankOpen(false)} onInsert={(qa) => qas.append(qa)} />
        </EditorSection>

        <EditorSection title={t('briefings.sections.guidance')}>
          <Textarea label={t('briefings.fields.doNotSay')} autosize minRows={2} {...register('doNotSay')} error={err('doNotSay')} />
          <Text fw={600}>{t('briefings.fields.routing')}</Text>
          <FieldRows
            testId="routing"
            rows={routingNotes}
            newRow={() => ({ topic: '', agency: '' })}
            max={50}
            addLabel={t('briefings.addRouting')}
            renderRow={(i) => (
              <SimpleGrid cols={2}>
                <TextInput label={t('briefings.fields.routingTopic')} {...register(`routingNotes.${i}.topic`)} error={err(`routingNotes.${i}.topic`)} />
                <TextInput label={t('briefings.fields.routingAgency')} {...register(`routingNotes.${i}.agency`)} error={err(`routingNotes.${i}.agency`)} />
              </SimpleGrid>
            )}
          />
          <Text fw={600}>{t('briefings.fields.contacts')}</Text>
          <FieldRows
            testId="contacts"
            rows={contacts}
            newRow={() => ({ name: '', role: '', phone: '' })}
            max={50}
            addLabel={t('briefings.addContact')}
            renderRow={(i) => (
              <SimpleGrid cols={3}>
                <TextInput label={t('briefings.fields.contactName')} {...register(`contacts.${i}.name`)} error={err(`contacts.${i}.name`)} />
                <TextInput label={t('briefings.fields.contactRole')} {...register(`contacts.${i}.role`)} error={err(`contacts.${i}.role`)} />
                <TextInput label={t('briefings.fields.contactPhone')} {...register(`contacts.${i}.phone`)} error={err(`contacts.${i}.phone`)} />
              </SimpleGrid>
            )}
          />
          <Divider />
          <RelatedReleasesFormField control={control} />
          <Divider />
          {/* Kept with the draft: saved (and versioned) with บันทึก like every other field. */}
          <Controller
            control={control}
            name="attachments"
            render={({ field }) => <BlobAttachments attachments={field.value} onChange={field.onChange} keyPrefix="briefings.files" testId="briefing-attachment" />}
          />
        </EditorSection>

        <EditorSection title={t('briefings.sections.links')}>
          <MissionLinkField module="briefing" recordId={id} title={title || t('briefings.untitled')} date={date} />
          <PlanTagField table="briefings" recordId={id} title={title || t('briefings.untitled')} date={date} />
          <Divider />
          <Text fw={600}>{t('briefings.versions.title')}</Text>
          <VersionHistory briefingId={id} current={() => form.getValues()} />
        </EditorSection>
        <Group justify="flex-end">
          <SaveButton saving={busy} onSave={save} />
        </Group>
      </Stack>
    </>
  );
}

/** "จากคลัง ฉบับที่ n" on a question inserted from the bank. */
function FromBankBadge({ control, index }: { control: Control<Briefing>; index: number }) {
  const { t } = useTranslation();
  const [bankItemId, bankVersion] = useWatch({ control, name: [`qas.${index}.bankItemId`, `qas.${index}.bankVersion`] });
  if (!bankItemId) return null;
  return (
    <Badge variant="light" color="grape" data-testid="from-bank">
      {t('briefings.bank.fromBank', { n: bankVersion ?? 1 })}
    </Badge>
  );
}

/** The bank's picker, knowing which answers are already in the briefing (only it re-renders as questions change). */
function BankPicker({ control, opened, onClose, onInsert }: { control: Control<Briefing>; opened: boolean; onClose: () => void; onInsert: (qa: BriefingQa) => void }) {
  const qas = useWatch({ control, name: 'qas' });
  const insertedIds = new Set(qas.flatMap((q) => (q.bankItemId ? [q.bankItemId] : [])));
  return <BankPickerModal opened={opened} onClose={onClose} insertedIds={insertedIds} onInsert={onInsert} />;
}
