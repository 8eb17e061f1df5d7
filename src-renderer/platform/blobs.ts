import { mainProcess } from './main-process';

export { MAX_BLOB_BYTES } from '../../src-main/shared/ipc/channels/blob';

/**
 * Photos and attachments live in main's blob store as files (DESIGN.md §4). The renderer
 * hands bytes over once and keeps the id (SHA-256) in its records; it shows images through
 * their URL and asks for bytes only to process them (a PDF's print copy).
 */
export async function putBlob(bytes: Uint8Array): Promise<string> {
  return (await mainProcess().blobPut({ bytes: bytes as Uint8Array<ArrayBuffer> })).id;
}

/** The verified bytes, or null when this workstation has not received the file yet. */
export async function readBlobBytes(id: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const { bytes } = await mainProcess().blobRead({ id });
  return bytes ? new Uint8Array(bytes) : null;
}

/** Where the page loads a stored image from (served by main, thumbnails for lists). */
export function blobUrl(id: string): string {
  return `/blob/${id}`;
}

/** Removes a person's photo from this workstation's store at once (PDPA erasure). */
export async function eraseBlobs(ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await mainProcess().blobErase({ ids: [...ids] });
}
