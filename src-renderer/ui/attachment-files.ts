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
