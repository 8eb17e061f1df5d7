import { z } from 'zod';

/**
 * The office passphrase as the setup forms check it before asking main. Main checks it again
 * (src-main/main/workspace/keys.ts, which the renderer may not import): the same minimum,
 * counted the same way, in code points of the NFC form, so a Thai vowel or tone mark counts
 * as one character, as typed.
 */
export const MIN_PASSPHRASE_CHARS = 12;
/** The IPC contract's limit (UTF-16 units): sync.ts `passphrase`. */
export const MAX_PASSPHRASE_UNITS = 1024;
/** The IPC contract's limit for the typed office key (sync.ts `officeKeyText`). */
export const MAX_OFFICE_KEY_UNITS = 2000;

/** Spaces of any kind and the invisible joiners a Thai keyboard or a paste can leave behind. */
const INVISIBLE = /[\s\u180E\u200B-\u200D\u2060\uFEFF]/gu;

export type PassphraseProblem = 'required' | 'blank' | 'tooShort' | 'tooLong';

/** Characters as a person counts them: code points of the NFC form. */
export function passphraseLength(value: string): number {
  return [...value.normalize('NFC')].length;
}

/** True when nothing visible was typed (only spaces or zero-width characters). */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

/** What is wrong with a new office passphrase, or null when main will accept it. */
export function newPassphraseProblem(value: string): PassphraseProblem | null {
  if (value === '') return 'required';
  if (isBlank(value)) return 'blank';
  if (value.length > MAX_PASSPHRASE_UNITS) return 'tooLong';
  if (passphraseLength(value) < MIN_PASSPHRASE_CHARS) return 'tooShort';
  return null;
}

/** Two passphrases are the same when their NFC forms are (main compares NFC bytes). */
export function samePassphrase(a: string, b: string): boolean {
  return a.normalize('NFC') === b.normalize('NFC');
}

/** Messages are i18n keys under syncPage.passphrase / syncPage.officeKey (see setupErrorText). */
const issue = (ctx: z.RefinementCtx, path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });

/** "สร้างโฟลเดอร์ซิงค์ใหม่": the passphrase twice. */
export const createFolderFormSchema = z
  .object({ passphrase: z.string(), confirm: z.string() })
  .superRefine((form, ctx) => {
    const problem = newPassphraseProblem(form.passphrase);
    if (problem) issue(ctx, 'passphrase', `syncPage.passphrase.${problem}`);
    if (form.confirm === '') issue(ctx, 'confirm', 'syncPage.passphrase.confirmRequired');
    else if (!problem && !samePassphrase(form.passphrase, form.confirm)) issue(ctx, 'confirm', 'syncPage.passphrase.mismatch');
  });
export type CreateFolderForm = z.infer<typeof createFolderFormSchema>;

/**
 * "เข้าร่วมโฟลเดอร์ที่มีอยู่": the passphrase, or the key sheet's letters instead. Only presence
 * is checked here: whether it opens the folder is main's answer (sync-wrong-passphrase,
 * sync-key-mistyped), and a passphrase set before a rule changed must still be accepted.
 */
export const joinFolderFormSchema = z
  .object({ method: z.enum(['passphrase', 'officeKey']), passphrase: z.string(), officeKey: z.string() })
  .superRefine((form, ctx) => {
    if (form.method === 'passphrase') {
      if (form.passphrase === '') issue(ctx, 'passphrase', 'syncPage.passphrase.required');
      else if (isBlank(form.passphrase)) issue(ctx, 'passphrase', 'syncPage.passphrase.blank');
      else if (form.passphrase.length > MAX_PASSPHRASE_UNITS) issue(ctx, 'passphrase', 'syncPage.passphrase.tooLong');
    } else if (isBlank(form.officeKey)) issue(ctx, 'officeKey', 'syncPage.officeKey.required');
    else if (form.officeKey.length > MAX_OFFICE_KEY_UNITS) issue(ctx, 'officeKey', 'syncPage.officeKey.tooLong');
  });
export type JoinFolderForm = z.infer<typeof joinFolderFormSchema>;

/** What 'sync:join-folder' gets: exactly one of the two. */
export function joinSecret(form: JoinFolderForm): { passphrase: string } | { officeKey: string } {
  return form.method === 'passphrase' ? { passphrase: form.passphrase } : { officeKey: form.officeKey.trim() };
}
