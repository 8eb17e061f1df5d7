import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keyingOf, type EntryMode, type Keying, type Question } from '../../../src-main/shared/domain/survey';
import type { SurveyRecord, SurveyResponseRecord } from '../../data';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { answerForDigit, findIdentical, invalidDate, isAnswered, missingRequired, outOfRange, pruneHidden, visibleQuestions, type Answers } from './model/entry';
import { DuplicateSerialError, SameKeyerError, useSurveyCommands } from './data';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { saveErrorText } from '../../ui/field-error';

interface Props {
  survey: SurveyRecord;
  mode: EntryMode;
  /** Keyed entry: the questionnaire number to suggest next. */
  suggestedSerial?: string;
  onSaved: (status: 'partial' | 'final', serial: string) => void;
  /** Kiosk: runs the save as the staff member who started kiosk mode (nobody is signed in there). */
  writeAs?: (write: () => Promise<void>) => Promise<void>;
  /** A stored questionnaire opened to complete or correct: its answers are shown and saved over it. */
  initial?: SurveyResponseRecord;
  /** Double entry: a new record is this keying of the paper form (the second starts blank). */
  keying?: Keying;
}

/**
 * One respondent's questionnaire. Keyboard first for keyers: on a choice question the number
 * keys pick the code printed beside the box, Enter goes to the next question (and on the last
 * one finalises), ↑ goes back; F8 saves a partial questionnaire. The kiosk uses the same form
 * with the mouse or touch.
 */
export function ResponseForm({ survey, mode, suggestedSerial = '', onSaved, writeAs = (write) => write(), initial, keying = 'first' }: Props) {
  const { t } = useTranslation();
  const { responsesOf, saveResponse } = useSurveyCommands();
  const [serial, setSerial] = useState(initial?.serial ?? suggestedSerial);
  const [answers, setAnswers] = useState<Answers>(initial?.answers ?? {});
  /** The keying a save writes: an opened record keeps its own. */
  const ownKeying = initial ? keyingOf(initial) : keying;
  const [current, setCurrent] = useState(mode === 'kiosk' ? 0 : -1);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Keyed entry: these answers equal an already keyed questionnaire (serial), not yet confirmed. */
  const [identical, setIdentical] = useState<{ serial: string; status: 'partial' | 'final' } | null>(null);
  const keyed = mode !== 'kiosk';
  /** Kiosk answers and imports have no paper number; correcting one does not ask for it. */
  const needsSerial = keyed && (initial ? initial.mode === 'keyed' : true);
  const serialRef = useRef<HTMLInputElement>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const identicalRef = useRef<HTMLDivElement>(null);
  const shown = visibleQuestions(survey, answers);

  useEffect(() => {
    // Kiosk: people tap and scroll themselves; moving the page under their finger loses taps.
    if (!keyed) return;
    if (current < 0) serialRef.current?.focus();
    else {
      const q = shown[current];
      if (q) {
        const el = refs.current.get(q.id);
        el?.focus();
        el?.scrollIntoView?.({ block: 'center' });
      }
    }
    // focus follows the current question only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  useEffect(() => {
    // The warning sits by the save buttons; bring it into view wherever the keyer pressed save.
    if (identical) identicalRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [identical]);

  function setAnswer(id: string, value: Answers[string]) {
    setIdentical(null);
    setAnswers((a) => pruneHidden(survey, { ...a, [id]: value }));
  }

  /** `confirmedIdentical`: the keyer has seen the identical-answers warning and saves anyway. */
  async function save(status: 'partial' | 'final', confirmedIdentical = false) {
    if (busy) return;
    if (status === 'final') {
      const missing = missingRequired(survey, answers);
      if (missing.length > 0) {
        const first = missing[0];
        setError(t('surveys.entry.missing', { list: missing.map((q) => q.text).join(', ') }));
        if (first) {
          setCurrent(shown.findIndex((q) => q.id === first.id));
          if (!keyed) refs.current.get(first.id)?.scrollIntoView?.({ block: 'center' });
        }
        return;
      }
    }
    const bad = shown.find((q) => outOfRange(q, answers[q.id]));
    if (bad) {
      setError(t('surveys.entry.outOfRange', { question: bad.text, min: bad.min ?? '', max: bad.max ?? '' }));
      setCurrent(shown.indexOf(bad));
      return;
    }
    if (needsSerial && !serial.trim()) {
      setError(t('surveys.entry.serialRequired'));
      setCurrent(-1);
      return;
    }
    const badDate = shown.find((q) => invalidDate(q, answers[q.id]));
    if (badDate) {
      setError(t('surveys.entry.badDate', { question: badDate.text }));
      setCurrent(shown.indexOf(badDate));
      return;
    }
    if (keyed && !confirmedIdentical) {
      // Compared within the same keying only: a second keying that matches the first is the
      // point of double entry, and saying so would show the first person's answers.
      const others = (await responsesOf(survey.id)).filter((r) => r.id !== initial?.id && keyingOf(r) === ownKeying);
      const same = findIdentical(others, answers);
      if (same) {
        setError(null);
        setIdentical({ serial: same.serial, status });
        return;
      }
    }
    setBusy(true);
    try {
      const clean = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Record<string, NonNullable<Answers[string]>>;
      await writeAs(async () => {
        await saveResponse(survey, { serial: needsSerial ? serial : (initial?.serial ?? ''), answers: clean, status, mode: initial?.mode ?? mode, keying: ownKeying }, initial?.id);
      });
      if (initial) {
        onSaved(status, serial.trim());
        return;
      }
      setAnswers({});
      setError(null);
      setIdentical(null);
      setCurrent(mode === 'kiosk' ? 0 : -1);
      onSaved(status, serial.trim());
    } catch (e) {
      if (e instanceof DuplicateSerialError) {
        setError(t(ownKeying === 'second' ? 'surveys.entry.duplicateSecond' : 'surveys.entry.duplicate', { serial: e.serial }));
        setCurrent(-1);
      } else if (e instanceof SameKeyerError) {
        setError(t('surveys.entry.sameKeyer', { serial: e.serial }));
        setCurrent(-1);
      } else setError(saveErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  function next() {
    if (current >= shown.length - 1) void save('final');
    else setCurrent(current + 1);
  }

  function onQuestionKey(q: Question, event: KeyboardEvent) {
    if (event.key === 'F8') {
      event.preventDefault();
      void save('partial');
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save('final');
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      next();
    } else if (event.key === 'ArrowUp' && (q.options.length > 0 || event.altKey)) {
      event.preventDefault();
      setCurrent(Math.max(-1, current - 1));
    } else if (/^[0-9]$/.test(event.key) && q.options.length > 0) {
      event.preventDefault();
      const value = answerForDigit(q, answers[q.id], Number(event.key));
      if (value !== undefined) setAnswer(q.id, value);
    }
  }

  return (
    <Stack data-testid="response-form">
      {keyed && (
        <TextInput
          ref={serialRef}
          label={t('surveys.entry.serial')}
          description={t('surveys.entry.keysHint')}
          value={serial}
          readOnly={!needsSerial}
          onChange={(e) => setSerial(e.currentTarget.value)}
          onFocus={() => setCurrent(-1)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              setCurrent(0);
            }
          }}
          maw={320}
        />
      )}
      {keyed && <ErrorAlert error={error} />}
      {shown.map((q, index) => {
        const value = answers[q.id];
        const isCurrent = index === current;
        const section = survey.sections.find((s) => s.id === q.sectionId);
        const previous = shown[index - 1];
        const register = (el: HTMLElement | null) => {
          if (el) refs.current.set(q.id, el);
          else refs.current.delete(q.id);
        };
        return (
          <div key={q.id}>
            {section && previous?.sectionId !== q.sectionId && (
              <Text fw={700} mt="sm" mb={4}>
                {section.title}
              </Text>
            )}
            <Paper withBorder p="sm" bg={isCurrent ? 'var(--mantine-color-blue-light)' : undefined} onClick={() => setCurrent(index)}>
              <Text fw={600} mb={6}>
                {index + 1}. {q.text}
                {q.required && <Text span c="red"> *</Text>}
              </Text>
              {q.options.length > 0 ? (
                <Group
                  gap="xs"
                  ref={register}
                  tabIndex={0}
                  role={q.type === 'multiple' ? 'group' : 'radiogroup'}
                  aria-label={q.text}
                  onKeyDown={(e) => onQuestionKey(q, e)}
                  onFocus={() => setCurrent(index)}
                  style={{ outline: 'none' }}
                >
                  {q.options.map((o) => {
                    const selected = Array.isArray(value) ? value.includes(o.code) : value === o.code;
                    return (
                      <Button
                        key={o.code}
                        tabIndex={-1}
                        size={mode === 'kiosk' ? 'lg' : 'sm'}
                        variant={selected ? 'filled' : 'default'}
                        role={q.type === 'multiple' ? 'checkbox' : 'radio'}
                        aria-checked={selected}
                        onClick={() => {
                          const v = answerForDigit(q, value, o.code);
                          if (v !== undefined) setAnswer(q.id, v);
                        }}
                      >
                        {keyed ? `${o.code} ` : ''}
                        {o.label}
                      </Button>
                    );
                  })}
                </Group>
              ) : q.type === 'longtext' ? (
                <Textarea
                  ref={register}
                  aria-label={q.text}
                  autosize
                  minRows={2}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => setAnswer(q.id, e.currentTarget.value)}
                  onKeyDown={(e) => onQuestionKey(q, e)}
                  onFocus={() => setCurrent(index)}
                />
              ) : q.type === 'date' ? (
                <ThaiDateInput
                  ref={register}
                  aria-label={q.text}
                  maw={320}
                  size={mode === 'kiosk' ? 'lg' : 'sm'}
                  value={typeof value === 'string' && value !== '' ? value : null}
                  error={invalidDate(q, value) ? t('surveys.entry.dateHint') : undefined}
                  onChange={(v) => setAnswer(q.id, v ?? undefined)}
                  onKeyDown={(e) => onQuestionKey(q, e)}
                  onFocus={() => setCurrent(index)}
                />
              ) : (
                <TextInput
                  ref={register}
                  aria-label={q.text}
                  inputMode={q.type === 'number' ? 'decimal' : undefined}
                  value={value === undefined ? '' : String(value)}
                  error={outOfRange(q, value) ? t('surveys.entry.range', { min: q.min ?? '', max: q.max ?? '' }) : undefined}
                  onChange={(e) => {
                    const raw = e.currentTarget.value;
                    if (q.type === 'number') setAnswer(q.id, raw.trim() === '' || Number.isNaN(Number(raw)) ? undefined : Number(raw));
                    else setAnswer(q.id, raw);
                  }}
                  onKeyDown={(e) => onQuestionKey(q, e)}
                  onFocus={() => setCurrent(index)}
                />
              )}
              {!isAnswered(value) && q.required && isCurrent && (
                <Badge mt={6} variant="light" color="gray">
                  {t('surveys.entry.requiredHint')}
                </Badge>
              )}
            </Paper>
          </div>
        );
      })}
      {!keyed && <ErrorAlert error={error} />}
      {keyed && identical && (
        <Alert ref={identicalRef} color="yellow" role="alert" title={t('surveys.entry.identicalTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('surveys.entry.identical', { serial: identical.serial || '–' })}</Text>
            <Group gap="xs">
              <Button size="xs" color="yellow" onClick={() => void save(identical.status, true)} loading={busy}>
                {t('surveys.entry.identicalConfirm')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setIdentical(null)}>
                {t('surveys.entry.identicalReview')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group>
        {keyed && (
          <Button variant="default" onClick={() => void save('partial')} loading={busy}>
            {t('surveys.entry.savePartial')}
          </Button>
        )}
        <Button size={mode === 'kiosk' ? 'xl' : 'sm'} onClick={() => void save('final')} loading={busy}>
          {mode === 'kiosk' ? t('surveys.kiosk.submit') : t('surveys.entry.saveFinal')}
        </Button>
      </Group>
    </Stack>
  );
}
