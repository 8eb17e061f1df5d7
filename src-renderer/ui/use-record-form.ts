import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useEffect, type BaseSyntheticEvent } from 'react';
import { get, useForm, type DefaultValues, type FieldError, type FieldValues, type Path, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { WithEnvelope } from '../../src-main/shared/domain/envelope';
import { withoutEnvelope } from '../data';
import { fieldError, moduleFieldError } from './field-error';
import { notifySaveFailed } from './notify';
import { useSaveShortcut } from './use-save-shortcut';

export interface RecordFormOptions<T extends I, S, R, I extends FieldValues = T> {
  /**
   * The form's zod schema; its messages are `validation.*` keys (or the module's own). It takes
   * the form's values (`T` fits its input `I`, which may leave defaulted fields optional).
   */
  schema: z.ZodType<T, I>;
  /**
   * What the dialog is open for: a record, 'new', a step kind…; null while it is closed. Another
   * value (re)opens the form from `values`.
   */
  target: S | null;
  /** The values the form opens with; by default 'new' opens `defaults` and a stored record its fields. */
  values?: (target: S) => T;
  /** The values while nothing is open (react-hook-form's defaultValues). */
  defaults: T;
  /** Anything else that reloads the open form from `values` when it changes (who is acting…). */
  reloadOn?: readonly unknown[];
  /** Runs before saving; false stops the save (it has said why beside a field). */
  check?: (values: T, target: S, form: UseFormReturn<T>) => Promise<boolean>;
  /** The write; its result goes to `saved` and `onSaved`. */
  save: (values: T, target: S, form: UseFormReturn<T>) => Promise<R>;
  /** The confirmation after a save (none when the screen behind shows the change itself). */
  saved?: string | ((result: R) => string);
  onClose: () => void;
  /** After a save, once the dialog has closed (for example to open the new record). */
  onSaved?: (result: R) => void;
  /** Ctrl+S saves while open (DESIGN.md §7); off for a dialog that has no such key today. */
  saveShortcut?: boolean;
  /** The module whose own `<module>.validation.*` messages the schema uses. */
  module?: string;
  /** When a shown error is checked again: as the field changes (default) or at the next save. */
  revalidate?: 'onChange' | 'onSubmit';
  /**
   * What is checked and saved, made from what is typed (blank lines of a one-per-line box
   * dropped…): the form keeps the typed text, the save gets the prepared values.
   */
  prepare?: (values: T) => T;
  /**
   * Said when a save is refused for a field, for a long page where the field in red may be out
   * of sight (a dialog shows its fields, and says nothing more).
   */
  invalid?: string;
}

export interface RecordForm<T extends FieldValues> {
  form: UseFormReturn<T>;
  opened: boolean;
  /** Validates, saves, confirms and closes; a failed save says why and keeps what was typed. */
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  onClose: () => void;
  /** The message to show beside a field, in the user's language. */
  error: (name: Path<T>) => string | undefined;
  /**
   * The first message anywhere under a list field, for one box that stands for the whole list
   * (a one-per-line textarea): a problem with its third line is shown beside the box.
   */
  errorWithin: (name: Path<T>) => string | undefined;
  dirty: boolean;
  saving: boolean;
}

/**
 * One record form in a dialog: react-hook-form with the zod schema, loaded when the dialog opens,
 * saved with the same confirmation, failure text and Ctrl+S everywhere. The dialog keeps only
 * its fields and its write.
 */
export function useRecordForm<T extends I, S, R = unknown, I extends FieldValues = T>(options: RecordFormOptions<T, S, R, I>): RecordForm<T> {
  const { schema, target, values, defaults, reloadOn = [], check, save, saved, onClose, onSaved, saveShortcut = true, module, revalidate = 'onChange', prepare, invalid } = options;
  const { t } = useTranslation();
  // The schema reads the form's values (T fits its input I) and gives T: typed as a resolver of T,
  // which it is (the two types differ only in which fields may be left out).
  const validate = zodResolver(schema) as unknown as Resolver<T>;
  // Validated on save, then live while correcting: validating on blur shifted the layout under
  // the pointer and swallowed the click on บันทึก (seen in E2E).
  const form = useForm<T>({
    resolver: prepare ? (input, context, resolverOptions) => validate(prepare(input), context, resolverOptions) : validate,
    defaultValues: defaults as DefaultValues<T>,
    mode: 'onSubmit',
    reValidateMode: revalidate,
  });
  const { reset } = form;
  // Read during render so react-hook-form keeps them up to date (it computes only what is read);
  // `dirtyFields` is for `editedValues`.
  const { errors, isDirty, isSubmitting, dirtyFields: _dirtyFields } = form.formState;

  useEffect(() => {
    if (target !== null) reset(values ? values(target) : target === 'new' ? defaults : withoutEnvelope(target as WithEnvelope<T>));
    // Only another target (or a `reloadOn` value) reloads: a live update behind the open dialog
    // must not wipe what was typed, so `values` is read when it opens, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, reset, ...reloadOn]);

  const submit = form.handleSubmit(
    async (input) => {
      if (target === null) return;
      if (check && !(await check(input, target, form))) return;
      try {
        const result = await save(input, target, form);
        if (saved !== undefined) notifications.show({ color: 'teal', message: typeof saved === 'string' ? saved : saved(result) });
        onClose();
        onSaved?.(result);
      } catch (error) {
        notifySaveFailed(t, error);
      }
    },
    () => {
      if (invalid !== undefined) notifications.show({ color: 'red', message: invalid });
    },
  );
  useSaveShortcut(() => void submit(), target !== null && saveShortcut);

  const say = (message: string | undefined) => (module ? moduleFieldError(t, message, module) : fieldError(t, message));
  const found = (name: Path<T>): unknown => get(errors, name);
  const error = (name: Path<T>) => say((found(name) as FieldError | undefined)?.message);
  const errorWithin = (name: Path<T>) => say(firstMessage(found(name)));

  return { form, opened: target !== null, submit, onClose, error, errorWithin, dirty: isDirty, saving: isSubmitting };
}

/** The first `message` in an error tree, depth first; `ref` (a DOM element) is not walked into. */
export function firstMessage(found: unknown): string | undefined {
  if (typeof found !== 'object' || found === null) return undefined;
  const own = (found as { message?: unknown }).message;
  if (typeof own === 'string' && own !== '') return own;
  for (const [key, value] of Object.entries(found)) {
    if (key === 'ref' || key === 'types') continue;
    const inner = firstMessage(value);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The usual write: a new record is created, an open one updated. */
export function createOrUpdate<T>(commands: { create: (values: T) => Promise<unknown>; update: (id: string, values: T) => Promise<unknown> }) {
  return (values: T, target: 'new' | { id: string }) => (target === 'new' ? commands.create(values) : commands.update(target.id, values));
}

/** Only the fields edited in this dialog, so saving an edit never overwrites newer synced values. */
export function editedValues<T extends FieldValues>(values: T, form: UseFormReturn<T>): Partial<T> {
  return Object.fromEntries(Object.keys(form.formState.dirtyFields).map((key) => [key, values[key]])) as Partial<T>;
}

/**
 * One record edited as a whole page (a briefing, a conference) rather than in a dialog: the
 * form opens once with the record as it was read, a live update behind it never wipes what is
 * typed, and a refused save also says so in a notice (the field in red may be out of sight).
 */
export function useRecordPage<T extends I, R = unknown, I extends FieldValues = T>(
  options: Pick<RecordFormOptions<T, string, R, I>, 'schema' | 'prepare' | 'save' | 'saved' | 'onSaved' | 'module'> & { id: string; initial: T; invalid: string },
): RecordForm<T> {
  const { id, initial, ...rest } = options;
  return useRecordForm<T, string, R, I>({ ...rest, target: id, values: () => initial, defaults: initial, onClose: () => undefined });
}
