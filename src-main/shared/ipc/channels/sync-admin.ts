import { z } from 'zod';

/**
 * The workspace administration screen (จัดการพื้นที่ซิงค์, issue 18). Main checks every rule
 * again (src-main/main/sync/workspace-admin.ts): who may act, which device, the passphrase's
 * strength; the schemas here only bound the payloads.
 */
const deviceId = z.string().regex(/^[0-9a-f-]{36}$/);
const seq = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** As typed (main normalises to NFC and checks the length in code points: keys.ts). */
const passphrase = z.string().min(1).max(1024);
/** Why a device is revoked, in the office's words ("เครื่องสูญหาย"); kept in the signed revocation. */
export const MAX_REVOKE_REASON_CHARS = 200;
const reason = z
  .string()
  .max(MAX_REVOKE_REASON_CHARS * 2)
  .refine((v) => v.trim().length > 0, { message: 'reason is blank' });

export const workspaceDeviceSchema = z.object({
  deviceId: z.string(),
  deviceName: z.string(),
  admittedAt: z.string(),
  /** This workstation. */
  thisDevice: z.boolean(),
  /** The last of its publications this workstation has taken in (its sequence, and when the file reached the share). */
  lastSeen: z.object({ seq, at: z.string().nullable() }).nullable(),
  revoked: z
    .object({
      at: z.string(),
      byDeviceId: z.string(),
      byDeviceName: z.string(),
      reason: z.string(),
      /** Its publications up to this one still count; later ones are refused everywhere. */
      acceptUpToSeq: seq,
    })
    .nullable(),
});
export type WorkspaceDevice = z.infer<typeof workspaceDeviceSchema>;

export const syncAdminContract = {
  /**
   * The workspace's admitted devices as this workstation trusts the registry. `seen` is this
   * workstation's sync cursor (the last sequence taken in from each device; its own entry is
   * what it published), kept in the renderer's database.
   */
  'sync:list-devices': {
    input: z.object({ seen: z.record(deviceId, seq) }).strict(),
    output: z.object({ workspaceId: z.string(), folder: z.string(), devices: z.array(workspaceDeviceSchema) }),
  },
  /**
   * Writes a signed, sealed revocation of another device. `consumedSeq` is the last of its
   * sequences this workstation has taken in: those stay valid (the office merged them), later
   * ones are refused. Main never accepts more than the device has on the share.
   */
  'sync:revoke-device': {
    input: z.object({ deviceId, reason, consumedSeq: seq }).strict(),
    output: z.object({ deviceId: z.string(), acceptUpToSeq: seq, revokedAt: z.string() }),
  },
  /**
   * Re-wraps the same office key under a new passphrase in FORMAT.json. `currentPassphrase` is
   * checked when given; without it the workstation acts on the office key it holds (the
   * passphrase was lost: docs/THREAT-MODEL.md "When the passphrase is lost").
   */
  'sync:change-passphrase': {
    input: z.object({ currentPassphrase: passphrase.optional(), newPassphrase: passphrase }).strict(),
    output: z.object({ changed: z.literal(true) }),
  },
  /** A new key sheet from the office key this workstation holds (shown in KeySheetModal). */
  'sync:export-key-sheet': {
    input: z.undefined(),
    output: z.object({ workspaceId: z.string(), key: z.string(), folder: z.string() }),
  },
} as const;
