import type { TFunction } from 'i18next';
import { fieldError } from './field-error';

/**
 * A schema's issues as a form without react-hook-form shows them: each message in the user's
 * language (fieldError), keyed by its field's name, or with `nested` by its whole path
 * (`runSheet.0.item`).
 */
export function issueErrors(t: TFunction, issues: readonly { path: readonly PropertyKey[]; message: string }[], nested = false): Record<string, string | undefined> {
  return Object.fromEntries(issues.map((i) => [nested ? i.path.join('.') : String(i.path[0]), fieldError(t, i.message)]));
}
