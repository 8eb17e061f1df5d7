import { z } from 'zod';
import { MAX_REVOKE_REASON_CHARS } from '../../../src-main/shared/ipc/channels/sync-admin';
import { isBlank, newPassphraseProblem, samePassphrase, MAX_PASSPHRASE_UNITS } from './passphrase';

/**
 * The workspace administration screen's rules as the forms check them before asking main
 * (main checks them again: src-main/main/sync/workspace-admin.ts).
 */

/** What this workstation has taken in from each device: its sync cursor, and for itself what it published. */
export function seenByThisWorkstation(meta: { cursor: Record<string, number>; publishedThrough: number }, ownDeviceId: string): Record<string, number> {
  return { ...meta.cursor, [ownDeviceId]: meta.publishedThrough };
}

/** The first block of a device id: enough to tell two workstations of one office apart on screen. */
export function shortDeviceId(deviceId: string): string {
  return deviceId.slice(0, 8);
}

const issue = (ctx: z.RefinementCtx, path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });

/** "เพิกถอน": the reason the office gives, kept in the signed revocation. */
export const revokeFormSchema = z.object({ reason: z.string() }).superRefine((form, ctx) => {
  if (isBlank(form.reason)) issue(ctx, 'reason', 'syncAdmin.revoke.reasonRequired');
  else if ([...form.reason.normalize('NFC').trim()].length > MAX_REVOKE_REASON_CHARS) issue(ctx, 'reason', 'syncAdmin.revoke.reasonTooLong');
});
export type RevokeForm = z.infer<typeof revokeFormSchema>;
export { MAX_REVOKE_REASON_CHARS };

/**
 * "เปลี่ยนรหัสผ่านของสำนักงาน": the current passphrase (unless the person says it is lost), then
 * the new one twice, with the same strength rules as a new sync folder.
 */
export const changePassphraseFormSchema = z
  .object({ lost: z.boolean(), current: z.string(), passphrase: z.string(), confirm: z.string() })
  .superRefine((form, ctx) => {
    if (!form.lost) {
      if (form.current === '') issue(ctx, 'current', 'syncAdmin.passphrase.currentRequired');
      else if (form.current.length > MAX_PASSPHRASE_UNITS) issue(ctx, 'current', 'syncPage.passphrase.tooLong');
    }
    const problem = newPassphraseProblem(form.passphrase);
    if (problem) issue(ctx, 'passphrase', `syncPage.passphrase.${problem}`);
    if (form.confirm === '') issue(ctx, 'confirm', 'syncPage.passphrase.confirmRequired');
    else if (!problem && !samePassphrase(form.passphrase, form.confirm)) issue(ctx, 'confirm', 'syncPage.passphrase.mismatch');
  });
export type ChangePassphraseForm = z.infer<typeof changePassphraseFormSchema>;

/** What 'sync:change-passphrase' gets: without the current passphrase when it was lost. */
export function passphraseChange(form: ChangePassphraseForm): { currentPassphrase?: string; newPassphrase: string } {
  return form.lost ? { newPassphrase: form.passphrase } : { currentPassphrase: form.current, newPassphrase: form.passphrase };
}
