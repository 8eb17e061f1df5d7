import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, type TextInputProps } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../src-main/shared/domain/survey';
import { addOption, moveOption, parseLimit, RATING_POINTS, ratingScale, removeOption, renameOption, skipSources } from './model/builder';

interface Props {
  question: Question;
  /** Its printed number, "2.3" (section 2, question 3): how every label names it (never its id). */
  number: string;
  /** The printed numbers of all questions (the skip condition names an untitled one by it). */
  numbers: ReadonlyMap<string, string>;
  /** All questions of the survey in paper order (the skip condition picks among earlier ones). */
  questions: readonly Question[];
  readOnly: boolean;
  /** Problems keyed `<questionId>.<field>` (see builderErrors), already translated. */
  errors: Record<string, string>;
  onChange: (next: Question) => void;
  onRemove: () => void;
  /** Moves it up (−1) or down (+1) within its section; absent at that end. */
  onMove: { up?: () => void; down?: () => void };
}

/** One option's text (its code stays as it is), on a rating scale or in a list of choices. */
function OptionLabelInput({
  question,
  number,
  option,
  readOnly,
  error,
  onChange,
  ...layout
}: { question: Question; number: string; option: Question['options'][number]; readOnly: boolean; error: string | undefined; onChange: (next: Question) => void } & Pick<TextInputProps, 'w' | 'maw' | 'style' | 'label'>) {
  const { t } = useTranslation();
  return (
    <TextInput
      {...layout}
      aria-label={t('surveys.builder.optionLabel', { n: number, code: option.code })}
      value={option.label}
      readOnly={readOnly}
      error={error}
      onChange={(e) => onChange(renameOption(question, option.code, e.currentTarget.value))}
    />
  );
}

/** What is wrong with the options as a whole (too few, repeated), said once under them. */
function OptionsError({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <Text size="sm" c="red" role="alert">
      {error}
    </Text>
  );
}

/** One question in the builder: its text, and what its type needs (options, scale, range, condition). */
export function QuestionEditor({ question: q, number, numbers, questions, readOnly, errors, onChange, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  const err = (field: string) => errors[`${q.id}.${field}`];
  const sources = skipSources(questions, q.id);
  const source = sources.find((s) => s.id === q.showIf?.questionId);
  const hasChoices = q.type === 'single' || q.type === 'multiple';
  // Most questions are always asked: the condition pickers open on demand to keep the page short.
  const [skipOpen, setSkipOpen] = useState(false);
  const showSkip = q.showIf !== null || skipOpen || Boolean(err('showIf'));

  return (
    <Paper withBorder p="sm" data-testid={`question-${q.id}`}>
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={`${t('surveys.builder.questionN', { n: number })} ${t(`surveys.types.${q.type}`)}`}
            aria-label={t('surveys.builder.questionText', { n: number })}
            value={q.text}
            readOnly={readOnly}
            error={err('text')}
            onChange={(e) => onChange({ ...q, text: e.currentTarget.value })}
          />
          <Checkbox
            label={t('surveys.fields.required')}
            aria-label={t('surveys.builder.requiredOf', { n: number })}
            checked={q.required}
            disabled={readOnly}
            onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })}
            mt={32}
          />
          {!readOnly && (
            <>
              <ActionIcon variant="subtle" size="lg" mt={26} disabled={!onMove.up} aria-label={t('surveys.builder.questionUp', { n: number })} onClick={onMove.up}>
                <IconArrowUp size={18} />
              </ActionIcon>
              <ActionIcon variant="subtle" size="lg" mt={26} disabled={!onMove.down} aria-label={t('surveys.builder.questionDown', { n: number })} onClick={onMove.down}>
                <IconArrowDown size={18} />
              </ActionIcon>
            </>
          )}
          {!readOnly && (
            <ActionIcon variant="subtle" color="red" size="lg" mt={26} aria-label={t('surveys.builder.removeQuestion', { n: number })} onClick={onRemove}>
              <IconTrash size={18} />
            </ActionIcon>
          )}
        </Group>

        {q.type === 'rating' && (
          <Group align="flex-start" gap="xs">
            <Select
              w={150}
              label={t('surveys.builder.scale')}
              aria-label={t('surveys.builder.scaleOf', { n: number })}
              value={String(q.options.length)}
              disabled={readOnly}
              allowDeselect={false}
              data={RATING_POINTS.map((p) => ({ value: String(p), label: t('surveys.builder.points', { n: p }) }))}
              onChange={(v) => v && onChange({ ...q, options: ratingScale(Number(v)) })}
            />
            {q.options.map((o) => (
              <OptionLabelInput key={o.code} question={q} number={number} option={o} readOnly={readOnly} error={err(`option.${o.code}`)} onChange={onChange} w={120} label={String(o.code)} />
            ))}
          </Group>
        )}

        {hasChoices && (
          <Stack gap={4} pl="md">
            {q.options.map((o, i) => (
              <Group key={o.code} gap="xs" wrap="nowrap" align="flex-start">
                <Text w={28} ta="right" mt={6} c="dimmed">
                  {o.code}
                </Text>
                <OptionLabelInput question={q} number={number} option={o} readOnly={readOnly} error={err(`option.${o.code}`)} onChange={onChange} style={{ flex: 1 }} maw={420} />
                {!readOnly && (
                  <>
                    <ActionIcon variant="subtle" mt={4} disabled={i === 0} aria-label={t('surveys.builder.optionUp', { n: number, code: o.code })} onClick={() => onChange(moveOption(q, o.code, -1))}>
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      mt={4}
                      disabled={i === q.options.length - 1}
                      aria-label={t('surveys.builder.optionDown', { n: number, code: o.code })}
                      onClick={() => onChange(moveOption(q, o.code, 1))}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" mt={4} aria-label={t('surveys.builder.optionRemove', { n: number, code: o.code })} onClick={() => onChange(removeOption(q, o.code))}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </>
                )}
              </Group>
            ))}
            <OptionsError error={err('options')} />
            {!readOnly && q.options.length < 30 && (
              <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => onChange(addOption(q))}>
                {t('surveys.builder.addOption', { n: number })}
              </Button>
            )}
          </Stack>
        )}
        {q.type === 'rating' && <OptionsError error={err('options')} />}

        {q.type === 'number' && (
          <Group gap="xs" align="flex-start">
            {(['min', 'max'] as const).map((limit) => (
              <TextInput
                key={limit}
                w={200}
                label={t(`surveys.builder.${limit}`)}
                aria-label={t(`surveys.builder.${limit}Of`, { n: number })}
                inputMode="decimal"
                defaultValue={q[limit] ?? ''}
                readOnly={readOnly}
                // A range that is wrong is said under its upper limit.
                error={limit === 'max' ? err('max') : undefined}
                onChange={(e) => onChange({ ...q, [limit]: parseLimit(e.currentTarget.value) })}
              />
            ))}
          </Group>
        )}

        {sources.length > 0 && !showSkip && !readOnly && (
          <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => setSkipOpen(true)}>
            {t('surveys.builder.addShowIf', { n: number })}
          </Button>
        )}
        {sources.length > 0 && showSkip && (
          <Group gap="xs" align="flex-start">
            <Select
              w={420}
              label={t('surveys.builder.showIfQuestion')}
              aria-label={t('surveys.builder.showIfQuestionOf', { n: number })}
              value={q.showIf?.questionId ?? ''}
              disabled={readOnly}
              allowDeselect={false}
              error={err('showIf')}
              data={[
                { value: '', label: t('surveys.builder.always') },
                ...sources.map((s) => ({ value: s.id, label: s.text || t('surveys.builder.questionN', { n: numbers.get(s.id) ?? '' }) })),
              ]}
              onChange={(v) => {
                const picked = sources.find((s) => s.id === v);
                onChange({ ...q, showIf: picked ? { questionId: picked.id, equals: picked.options[0]?.code ?? 1 } : null });
              }}
            />
            {source && q.showIf && (
              <Select
                w={220}
                label={t('surveys.builder.showIfEquals')}
                aria-label={t('surveys.builder.showIfEqualsOf', { n: number })}
                value={String(q.showIf.equals)}
                disabled={readOnly}
                allowDeselect={false}
                data={source.options.map((o) => ({ value: String(o.code), label: `${o.code} ${o.label}` }))}
                onChange={(v) => v && onChange({ ...q, showIf: { questionId: source.id, equals: Number(v) } })}
              />
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
