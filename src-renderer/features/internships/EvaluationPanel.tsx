import { Button, Group, NumberInput, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { internEvaluationSchema, type InternEvaluation } from '../../../src-main/shared/domain/internship';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { InternRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { fieldError } from '../../ui/field-error';
import { useFormatNumber } from '../../ui/use-format-number';
import { runPdfAction } from '../documents';
import { buildEvaluationDocument } from './model/internship-documents';
import { useInternEvaluation, useInternshipCommands, usePrintContext } from './data';
import { DataTable } from '../../ui/DataTable';
import { notifySaveFailed } from '../../ui/notify';

type Scores = Record<string, { score: number; comment: string }>;

function fromSaved(saved: InternEvaluation | null | undefined): Scores {
  return Object.fromEntries((saved?.scores ?? []).map((s) => [s.criterionId, { score: s.score, comment: s.comment }]));
}

/** The mentor scores the institution's criteria; the printout is marked ลับ. */
export function EvaluationPanel({ intern }: { intern: InternRecord }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const { saveEvaluation } = useInternshipCommands();
  const formatNumber = useFormatNumber();
  const { context, profile, ready, letterhead, staffMember } = usePrintContext();
  const institution = context?.institutions.get(intern.institutionId);
  const saved = useInternEvaluation(intern.id);
  const [scores, setScores] = useState<Scores | null>(null);
  const [overall, setOverall] = useState<string | null>(null);
  // Messages beside the fields, keyed 'overallComment' or the criterion's id.
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const criteria = institution?.criteria ?? [];
  const current: Scores = scores ?? fromSaved(saved);
  const overallText = overall ?? saved?.overallComment ?? '';
  const total = criteria.reduce((sum, c) => sum + Math.min(c.maxScore, current[c.id]?.score ?? 0), 0);
  const max = criteria.reduce((sum, c) => sum + c.maxScore, 0);

  const value = (): InternEvaluation => ({
    internId: intern.id,
    evaluatorId: saved?.evaluatorId ?? currentStaff?.id ?? intern.mentorId,
    date: saved?.date ?? localIsoDate(new Date()),
    scores: criteria.map((c) => ({ criterionId: c.id, score: current[c.id]?.score ?? 0, comment: current[c.id]?.comment ?? '' })),
    overallComment: overallText,
  });
  const save = async () => {
    const parsed = internEvaluationSchema.safeParse(value());
    if (!parsed.success) {
      const next: Record<string, string | undefined> = {};
      for (const issue of parsed.error.issues) {
        const [field, index] = issue.path;
        const key = field === 'scores' && typeof index === 'number' ? criteria[index]?.id : String(field);
        if (key) next[key] = fieldError(t, issue.message);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      await saveEvaluation(saved?.id ?? null, parsed.data);
      setScores(null);
      setOverall(null);
      notifications.show({ color: 'teal', message: t('internships.evaluationSaved') });
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };
  const print = async () => {
    if (!context || !profile) return;
    const evaluatorId = value().evaluatorId;
    const evaluator = evaluatorId ? await staffMember(evaluatorId) : undefined;
    const document = buildEvaluationDocument(intern, value(), context, {
      letterhead: await letterhead(),
      evaluator: evaluator ? { name: staffDisplayName(evaluator), position: evaluator.position || t('internships.mentor') } : { name: profile.directorName, position: profile.directorTitle },
    });
    await runPdfAction(t, 'export', { document, options: { thaiDigits: profile.thaiDigits } }, `แบบประเมินผลการฝึกงาน ${intern.firstName} ${intern.lastName}`);
  };
  // Functional update: two quick changes (a score, then its comment) must both land.
  const set = (id: string, patch: Partial<{ score: number; comment: string }>) =>
    setScores((previous) => {
      const base = previous ?? fromSaved(saved);
      return { ...base, [id]: { score: base[id]?.score ?? 0, comment: base[id]?.comment ?? '', ...patch } };
    });

  return (
    <Stack gap="xs" data-testid="evaluation">
      <DataTable headings={[t('internships.criterion'), { label: t('internships.score'), w: 120 }, t('internships.comment')]}>
        {criteria.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td>
              <NumberInput aria-label={t('internships.scoreFor', { name: c.name })} min={0} max={c.maxScore} clampBehavior="strict" rightSection={<Text size="xs" c="dimmed">/ {c.maxScore}</Text>} rightSectionWidth={36} hideControls value={current[c.id]?.score ?? 0} onChange={(v) => set(c.id, { score: Number(v) || 0 })} />
            </Table.Td>
            <Table.Td>
              <TextInput aria-label={t('internships.commentFor', { name: c.name })} value={current[c.id]?.comment ?? ''} onChange={(e) => set(c.id, { comment: e.currentTarget.value })} error={errors[c.id]} />
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <Text fw={600} data-testid="evaluation-total">
        {t('internships.totalScore', { total: formatNumber(total), max: formatNumber(max), percent: formatNumber(max === 0 ? 0 : Math.round((total / max) * 100)) })}
      </Text>
      <Textarea label={t('internships.overallComment')} autosize minRows={2} value={overallText} onChange={(e) => setOverall(e.currentTarget.value)} error={errors.overallComment} />
      <Group justify="flex-end">
        <Button variant="light" leftSection={<IconPrinter size={18} />} disabled={!ready || !saved || scores !== null} onClick={() => void print()}>
          {t('internships.printEvaluation')}
        </Button>
        <Button onClick={() => void save()}>{t('internships.saveEvaluation')}</Button>
      </Group>
    </Stack>
  );
}
