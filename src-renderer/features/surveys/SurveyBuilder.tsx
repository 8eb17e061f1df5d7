import { ActionIcon, Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QUESTION_TYPES, type QuestionType } from '../../../src-main/shared/domain/survey';
import type { SurveyRecord } from '../../data';
import { MissionLinkSelect } from './MissionLinkSelect';
import { PlanTagField } from '../plans';
import { addQuestion, addSection, builderErrors, moveQuestion, moveSection, questionNumbers, removeQuestion, removeSection, renameSection } from './model/builder';
import { QuestionEditor } from './QuestionEditor';
import type { SurveyDraft } from './model/templates';
import { useSurveyCommands } from './data';

function draftOf(survey: SurveyRecord): SurveyDraft {
  return { title: survey.title, description: survey.description, sections: survey.sections, questions: survey.questions, bandScheme: survey.bandScheme };
}

/**
 * The survey's questions, editable. Once responses exist the survey is locked: saving makes a
 * new version and this page moves to it, the old version keeps its answers.
 */
export function SurveyBuilder({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const { saveDraft } = useSurveyCommands();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<SurveyDraft>(() => draftOf(survey));
  // Errors show after the first save attempt, then follow the typing (they go as each is fixed).
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [newType, setNewType] = useState<QuestionType>('rating');

  const errors = useMemo(() => (checked ? builderErrors(draft) : {}), [checked, draft]);
  const shownErrors = useMemo(() => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, t(v)])), [errors, t]);
  const errorCount = Object.keys(errors).length;
  const numbers = useMemo(() => questionNumbers(draft), [draft]);

  async function save() {
    setChecked(true);
    setSaved(false);
    if (Object.keys(builderErrors(draft)).length > 0) return;
    const next = await saveDraft(survey, draft);
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
          <TextInput label={t('surveys.fields.title')} value={draft.title} readOnly={readOnly} error={shownErrors.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
          <TextInput
            label={t('surveys.fields.description')}
            value={draft.description}
            readOnly={readOnly}
            error={shownErrors.description}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
          />
          <MissionLinkSelect survey={survey} />
          <PlanTagField table="surveys" recordId={survey.id} title={survey.title} date={survey.createdAt.slice(0, 10)} />
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
      {draft.sections.map((section, sectionIndex) => {
        const questions = draft.questions.filter((q) => q.sectionId === section.id);
        const sectionNo = sectionIndex + 1;
        return (
          <Paper key={section.id} withBorder p="md" data-testid={`section-${section.id}`}>
            <Group align="flex-end" wrap="nowrap" mb="sm">
              <TextInput
                style={{ flex: 1 }}
                label={t('surveys.builder.sectionN', { n: sectionNo })}
                value={section.title}
                readOnly={readOnly}
                error={shownErrors[`sections.${sectionIndex}`]}
                onChange={(e) => {
                  const title = e.currentTarget.value;
                  setDraft((d) => renameSection(d, section.id, title));
                }}
              />
              {!readOnly && (
                <>
                  <ActionIcon variant="subtle" size="lg" mb={4} disabled={sectionIndex === 0} aria-label={t('surveys.builder.sectionUp', { n: sectionNo })} onClick={() => setDraft((d) => moveSection(d, section.id, -1))}>
                    <IconArrowUp size={18} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    size="lg"
                    mb={4}
                    disabled={sectionIndex === draft.sections.length - 1}
                    aria-label={t('surveys.builder.sectionDown', { n: sectionNo })}
                    onClick={() => setDraft((d) => moveSection(d, section.id, 1))}
                  >
                    <IconArrowDown size={18} />
                  </ActionIcon>
                  {questions.length === 0 && draft.sections.length > 1 && (
                    <ActionIcon variant="subtle" color="red" size="lg" mb={4} aria-label={t('surveys.builder.removeSection', { n: sectionNo })} onClick={() => setDraft((d) => removeSection(d, section.id))}>
                      <IconTrash size={18} />
                    </ActionIcon>
                  )}
                </>
              )}
            </Group>
            <Stack gap="xs">
              {questions.map((q, index) => (
                <QuestionEditor
                  key={q.id}
                  question={q}
                  number={numbers.get(q.id) ?? `${sectionNo}.${index + 1}`}
                  numbers={numbers}
                  questions={draft.questions}
                  readOnly={readOnly}
                  errors={shownErrors}
                  onChange={(next) => setDraft((d) => ({ ...d, questions: d.questions.map((x) => (x.id === q.id ? next : x)) }))}
                  onRemove={() => setDraft((d) => removeQuestion(d, q.id))}
                  onMove={{
                    ...(index > 0 ? { up: () => setDraft((d) => moveQuestion(d, q.id, -1)) } : {}),
                    ...(index < questions.length - 1 ? { down: () => setDraft((d) => moveQuestion(d, q.id, 1)) } : {}),
                  }}
                />
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
                  <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDraft((d) => addQuestion(d, section.id, newType))}>
                    {t('surveys.builder.addQuestion')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        );
      })}
      {!readOnly && (
        <Button variant="default" w="fit-content" leftSection={<IconPlus size={16} />} onClick={() => setDraft(addSection)}>
          {t('surveys.builder.addSection')}
        </Button>
      )}
      {errorCount > 0 && (
        <Alert color="red" role="alert" title={t('surveys.builder.fixErrors')}>
          {t('surveys.builder.errorCount', { n: errorCount })}
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
