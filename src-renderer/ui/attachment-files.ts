import { executableEnding } from '../../src-main/shared/files/safe-file-name';
import { MAX_BLOB_BYTES } from '../../src-main/shared/ipc/channels/blob';

const MB = 1024 * 1024;

/** Files small enough to keep as blobs, and those refused (each named in the message). */
export function splitBySize<F extends { size: number }>(files: readonly F[], max = MAX_BLOB_BYTES): { accepted: F[]; tooLarge: F[] } {
  const accepted: F[] = [];
  const tooLarge: F[] = [];
  for (const file of files) (file.size > max ? tooLarge : accepted).push(file);
  return { accepted, tooLarge };
}

/** Whole kilobytes for the list, never "0 KB" for a small non-empty file. */
export function sizeInKb(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}

/** Megabytes with one decimal for the refusal message ("30.5 MB"). */
export function sizeInMb(bytes: number): string {
  return (Math.round((bytes / MB) * 10) / 10).toString();
}

export const MAX_BLOB_MB = Math.round(MAX_BLOB_BYTES / MB);

/**
 * Programs and scripts (".exe", "งาน.pdf.exe", "photo\u202Egpj.exe") are not attached: main
 * would refuse to save them back to disk anyway (`unsafe-file-name`), and a record must not carry
 * one to every workstation of the office. Same test as main's (shared/files/safe-file-name.ts).
 */
export function splitExecutables<F extends { name: string }>(files: readonly F[]): { accepted: F[]; executable: F[] } {
  const accepted: F[] = [];
  const executable: F[] = [];
  for (const file of files) (executableEnding(file.name) ? executable : accepted).push(file);
  return { accepted, executable };
}
