import { Alert, Checkbox, Grid, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { externalLetterDocumentSchema } from '../../../src-main/shared/pdf/external-letter';
import type { InternRecord } from '../../data';
import { fieldError } from '../../ui/field-error';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { PdfActionButtons, runPdfAction, type PdfAction } from '../documents';
import { acceptanceAddressee, acceptanceBody, acceptanceBodyForStudents, acceptanceClassmates, buildAcceptanceLetter, type AcceptanceFields } from './model/acceptance-letter';
import { useInterns, usePrintContext } from './data';

/** หนังสือตอบรับ: the office's reply to the institution's request, as a หนังสือภายนอก. */
export function AcceptanceLetterModal({ intern, mentorName, onClose }: { intern: InternRecord | null; mentorName: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { context, profile, ready, letterhead } = usePrintContext();
  const institution = intern ? context?.institutions.get(intern.institutionId) : undefined;
  const [fields, setFields] = useState<AcceptanceFields | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState<PdfAction | null>(null);
  // Classmates answered in the same letter (a table of students); none: the usual one-student letter.
  const interns = useInterns();
  const classmates = useMemo(() => (intern && interns ? acceptanceClassmates(intern, interns) : []), [intern, interns]);
  const [withIds, setWithIds] = useState<string[]>([]);
  const cohort = intern ? [intern, ...classmates.filter((c) => withIds.includes(c.id))] : [];
  const current: AcceptanceFields | null =
    fields ??
    (intern && institution && profile
      ? {
          documentNumber: '',
          date: localIsoDate(new Date()),
          addressee: acceptanceAddressee(institution),
          reference: '',
          body: acceptanceBody(intern, institution, profile.officeName, mentorName),
          ownerUnit: t('workGroups.administration', { lng: 'th' }),
        }
      : null);
  const set = (patch: Partial<AcceptanceFields>) => current && setFields({ ...current, ...patch });
  const chooseClassmates = (ids: string[]) => {
    setWithIds(ids);
    if (!intern || !institution || !profile) return;
    // The body is worded for one student or for a table of them; the choice rewrites it.
    set({ body: ids.length > 0 ? acceptanceBodyForStudents(ids.length + 1, institution, profile.officeName) : acceptanceBody(intern, institution, profile.officeName, mentorName) });
  };
  const close = () => {
    setWithIds([]);
    setFields(null);
    setErrors({});
    onClose();
  };

  const run = async (action: PdfAction) => {
    if (!current || !profile) return;
    setBusy(action);
    try {
      const document = buildAcceptanceLetter(
        current,
        { letterhead: await letterhead(), signer: { name: profile.directorName, position: profile.directorTitle } },
        cohort.length > 1 ? cohort : undefined,
      );
      const checked = externalLetterDocumentSchema.safeParse(document);
      if (!checked.success) {
        setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), fieldError(t, i.message)])));
        return;
      }
      setErrors({});
      const fileName = cohort.length > 1 ? `หนังสือตอบรับการฝึกงาน ${institution?.name ?? ''} ${cohort.length} ราย` : `หนังสือตอบรับการฝึกงาน ${intern?.firstName ?? ''} ${intern?.lastName ?? ''}`;
      await runPdfAction(t, action, { document: checked.data, options: { thaiDigits: profile.thaiDigits } }, fileName);
    } catch {
      notifications.show({ color: 'red', message: t('errors.ipc.internal') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal opened={intern !== null} onClose={close} title={t('internships.acceptanceTitle')} size="xl">
      {!ready || !current ? (
        <Alert color="yellow">{t('documents.needProfile')}</Alert>
      ) : (
        <form aria-label={t('internships.acceptanceTitle')} onSubmit={(e) => e.preventDefault()} noValidate>
          <Grid>
            <Grid.Col span={6}>
              <TextInput label={t('documents.fields.documentNumber')} description={t('documents.draftUntilNumbered')} placeholder="สข 0017/123" value={current.documentNumber} onChange={(e) => set({ documentNumber: e.currentTarget.value })} error={errors.documentNumber} />
            </Grid.Col>
            <Grid.Col span={6}>
              <ThaiDateInput label={t('documents.fields.date')} value={current.date} onChange={(v) => set({ date: v ?? '' })} error={errors.date} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label={t('internships.letter.addressee')} value={current.addressee} onChange={(e) => set({ addressee: e.currentTarget.value })} error={errors.addressee} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label={t('internships.letter.reference')} placeholder={t('internships.letter.referencePlaceholder')} value={current.reference} onChange={(e) => set({ reference: e.currentTarget.value })} error={errors.reference} />
            </Grid.Col>
            {classmates.length > 0 && (
              <Grid.Col span={12}>
                <Checkbox.Group label={t('internships.letter.classmates')} description={t('internships.letter.classmatesHelp')} value={withIds} onChange={chooseClassmates}>
                  <Stack gap={4} mt={4}>
                    {classmates.map((c) => (
                      <Checkbox key={c.id} value={c.id} label={`${c.title}${c.firstName} ${c.lastName} (${c.studentId})`} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              </Grid.Col>
            )}
            <Grid.Col span={12}>
              <Textarea label={t('internships.letter.body')} description={t('documents.bodyHelp')} autosize minRows={6} value={current.body} onChange={(e) => set({ body: e.currentTarget.value })} error={errors.paragraphs} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label={t('internships.letter.ownerUnit')} value={current.ownerUnit} onChange={(e) => set({ ownerUnit: e.currentTarget.value })} error={errors.ownerUnit} />
            </Grid.Col>
          </Grid>
          <PdfActionButtons busy={busy} onRun={(action) => void run(action)} />
        </form>
      )}
    </Modal>
  );
}
