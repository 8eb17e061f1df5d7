import type { OpRejection } from './op-validation';

/**
 * Why something read from the share was set aside (issue 18). Every code has a Thai text in
 * the renderer's i18n (`syncPage.quarantine.<code>`), so the sync report says which
 * workstation, which file and why in the office's words.
 */
export const FILE_QUARANTINE_REASONS = [
  // safe-read.ts: the file itself
  'bad-path',
  'symlink',
  'not-a-file',
  'outside-share',
  'too-large',
  'unreadable',
  // sealed-file.ts: not sealed with this office's key at this place
  'not-ours',
  'unsupported-version',
  'wrong-kind',
  'truncated',
  'tampered-or-wrong-place',
  // registry.ts: who signed it
  'unknown-device',
  'revoked',
  'bad-signature',
  'other-workspace',
  /** A device id whose registry entry now carries another key than the one first seen (device-pins.ts). */
  'key-changed',
  // inflate: the compressed content
  'corrupt',
  'timeout',
  'worker-failed',
  // log-file.ts: the content does not match its name
  'header',
  'sequence',
  'checksum',
  'no-trailer',
  'invalid-op',
] as const;
export type FileQuarantineReason = (typeof FILE_QUARANTINE_REASONS)[number];
export type QuarantineReason = FileQuarantineReason | OpRejection;
