import { briefingSchema, type Briefing } from '../../../../src-main/shared/domain/briefing';

/** Field path → i18n key of the first problem there ("keyMessages.0.text"), for messages beside fields. */
export type FieldErrors = Record<string, string>;

/** One-per-line fields keep blank lines while typing; they go when the briefing is checked. */
function withoutBlankLines(draft: Briefing): Briefing {
  const keep = (items: readonly string[]) => items.filter((line) => line.trim() !== '');
  return {
    ...draft,
    keyMessages: draft.keyMessages.map((m) => ({ ...m, proofPoints: keep(m.proofPoints) })),
    relatedReleases: keep(draft.relatedReleases),
  };
}

export function validateBriefing(draft: Briefing): { ok: true; value: Briefing } | { ok: false; errors: FieldErrors } {
  const parsed = briefingSchema.safeParse(withoutBlankLines(draft));
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Zod messages are keys; ours live under `briefings.`, the shared ones under `validation.`. */
export function errorKey(message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('validation.') || message.startsWith('briefings.') ? message : 'validation.invalid';
}
