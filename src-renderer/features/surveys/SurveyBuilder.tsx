import { Alert, Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QUESTION_TYPES, surveySchema, type Question, type QuestionType } from '../../../src-main/shared/domain/survey';
import { useAppData } from '../../app/data-context';
import type { SurveyRecord } from '../../data';
import { MissionLinkSelect } from './MissionLinkSelect';
import { saveSurveyDraft } from './model/survey-actions';
import { RATING_5, type SurveyDraft } from './model/templates';

function draftOf(survey: SurveyRecord): SurveyDraft {
  return { title: survey.title, description: survey.description, sections: survey.sections, questions: survey.questions, bandScheme: survey.bandScheme };
}

function newQuestion(sectionId: string, type: QuestionType, taken: Set<string>): Question {
  let n = taken.size + 1;
  while (taken.has(`x${n}`)) n++;
  const options =
    type === 'rating' ? RATING_5 : type === 'single' || type === 'multiple' ? [{ code: 1, label: 'ใช่' }, { code: 2, label: 'ไม่ใช่' }] : [];
  return { id: `x${n}`, sectionId, type, text: '', required: type !== 'longtext' && type !== 'text', options, profile: null, showIf: null, min: null, max: null };
}

/**
 * The survey's questions, editable. Once responses exist the survey is locked: saving makes a
 * new version and this page moves to it, the old version keeps its answers.
 */
export function SurveyBuilder({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<SurveyDraft>(() => draftOf(survey));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [newType, setNewType] = useState<QuestionType>('rating');

  const setQuestion = (id: string, patch: Partial<Question>) =>
    setDraft((d) => ({ ...d, questions: d.questions.map((q) => (q.id === id ? { ...q, ...patch } : q)) }));

  async function save() {
    const parsed = surveySchema.safeParse({ ...draft, version: survey.version, previousVersionId: survey.previousVersionId, locked: false, superseded: false });
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => `${i.path.join('.')}: ${t(i.message)}`));
      return;
    }
    setErrors([]);
    const next = await saveSurveyDraft(db, survey, draft);
    setSaved(true);
    if (next.id !== survey.id) await navigate(`/surveys/s/${next.id}/build`);
  }

  const readOnly = survey.superseded;
  return (
    <Stack>
      {survey.locked && !readOnly && (
        <Alert color="blue" title={t('surveys.builder.lockedTitle')}>
          {t('surveys.builder.lockedHint')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack>
          <TextInput label={t('surveys.fields.title')} value={draft.title} readOnly={readOnly} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
          <TextInput
            label={t('surveys.fields.description')}
            value={draft.description}
            readOnly={readOnly}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
          />
          <MissionLinkSelect survey={survey} />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('surveys.fields.bandScheme')}
            </Text>
            <SegmentedControl
              value={draft.bandScheme}
              disabled={readOnly}
              onChange={(v) => setDraft({ ...draft, bandScheme: v })}
              data={[
                { value: 'width050', label: t('surveys.bands.width050') },
                { value: 'width080', label: t('surveys.bands.width080') },
              ]}
            />
          </div>
        </Stack>
      </Paper>
      {draft.sections.map((section) => {
        const questions = draft.questions.filter((q) => q.sectionId === section.id);
        return (
          <Paper key={section.id} withBorder p="md">
            <Title order={3} size="h4" mb="sm">
              {section.title}
            </Title>
            <Stack gap="xs">
              {questions.map((q, index) => (
                <Group key={q.id} align="flex-end" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={`${index + 1}. ${t(`surveys.types.${q.type}`)}${q.showIf ? ` · ${t('surveys.builder.showIf', { id: q.showIf.questionId, value: q.showIf.equals })}` : ''}`}
                    aria-label={t('surveys.builder.questionText', { n: q.id })}
                    value={q.text}
                    readOnly={readOnly}
                    onChange={(e) => setQuestion(q.id, { text: e.currentTarget.value })}
                  />
                  <Checkbox label={t('surveys.fields.required')} checked={q.required} disabled={readOnly} onChange={(e) => setQuestion(q.id, { required: e.currentTarget.checked })} mb={8} />
                  {!readOnly && (
                    <Button
                      variant="subtle"
                      color="red"
                      aria-label={t('surveys.builder.removeQuestion', { n: q.id })}
                      onClick={() => setDraft((d) => ({ ...d, questions: d.questions.filter((x) => x.id !== q.id) }))}
                    >
                      <IconTrash size={18} />
                    </Button>
                  )}
                </Group>
              ))}
              {!readOnly && (
                <Group>
                  <Select
                    aria-label={t('surveys.builder.newType')}
                    value={newType}
                    onChange={(v) => setNewType((v) ?? 'rating')}
                    data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`surveys.types.${type}`) }))}
                    allowDeselect={false}
                  />
                  <Button
                    variant="light"
                    leftSection={<IconPlus size={16} />}
                    onClick={() =>
                      setDraft((d) => {
                        const q = newQuestion(section.id, newType, new Set(d.questions.map((x) => x.id)));
                        const lastIndex = d.questions.map((x) => x.sectionId).lastIndexOf(section.id);
                        const questions = [...d.questions];
                        questions.splice(lastIndex + 1, 0, q);
                        return { ...d, questions };
                      })
                    }
                  >
                    {t('surveys.builder.addQuestion')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        );
      })}
      {errors.length > 0 && (
        <Alert color="red" title={t('surveys.builder.fixErrors')}>
          {errors.map((e) => (
            <Text key={e} size="sm">
              {e}
            </Text>
          ))}
        </Alert>
      )}
      {!readOnly && (
        <Group>
          <Button onClick={() => void save()}>{survey.locked ? t('surveys.builder.saveNewVersion') : t('surveys.builder.save')}</Button>
          {saved && <Text c="teal">{t('surveys.builder.saved')}</Text>}
        </Group>
      )}
    </Stack>
  );
}
