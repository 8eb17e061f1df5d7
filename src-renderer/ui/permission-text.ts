import type { TFunction } from 'i18next';
import { ACTIONS, PermissionDeniedError, rolesFor, type Action, type Decision } from '../../src-main/shared/auth/permissions';

type Denial = Extract<Decision, { allowed: false }>;

/** The refusal inside an error from the data layer (Dexie may wrap it as `inner`). */
export function permissionDenial(error: unknown): Denial | null {
  const e = error as { name?: unknown; decision?: Denial; inner?: unknown } | null;
  if (e instanceof PermissionDeniedError || (e?.name === 'PermissionDeniedError' && e.decision)) return e.decision ?? null;
  return e?.inner ? permissionDenial(e.inner) : null;
}

function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/**
 * Why something is refused, in the user's language: "ผู้อนุมัติต้องไม่ใช่ผู้เขียนข่าวนี้",
 * "ต้องเป็น ผู้อำนวยการ หรือ รองผู้อำนวยการ", and so on (permission.* in the i18n files).
 */
export function permissionText(t: TFunction, denial: Denial): string {
  const roles = isAction(denial.action) ? rolesFor(denial.action).map((role) => t(`roles.${role}`)).join(t('permission.or')) : '';
  return t(`permission.${denial.reason}`, { roles });
}
