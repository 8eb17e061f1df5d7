import { MAX_BLOB_BYTES, putBlob, readBlobBytes } from '../../platform';
import type { ReleasePhoto } from '../../../src-main/shared/domain/press';
import { checkImageHeader } from '../../../src-main/shared/blobs/image-header';
import { fitWithin, PRINT_SIDE, THUMB_SIDE } from './model/image-sniff';

export type PhotoProblem = 'tooLarge' | 'notImage' | 'corrupt' | 'tooManyPixels';

export class PhotoError extends Error {
  constructor(
    readonly problem: PhotoProblem,
    readonly fileName: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = 'PhotoError';
  }
}

/** Draws a decoded image at most `side` pixels on its longest side, as JPEG bytes. */
async function scaledJpeg(bitmap: ImageBitmap, side: number, quality: number): Promise<Uint8Array<ArrayBuffer>> {
  const { width, height } = fitWithin(bitmap.width, bitmap.height, side);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.fillStyle = '#fff'; // transparent PNG areas print white, not black
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Uint8Array(await blob.arrayBuffer());
}

async function decode(bytes: Uint8Array, mime: string, fileName: string): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  } catch {
    throw new PhotoError('corrupt', fileName);
  }
}

/**
 * A photo as the release keeps it: checked by content (not the file name), its pixel count read
 * from the header and capped before anything decodes it, decoded (a file that will not decode is
 * corrupt), stored once under its SHA-256, with a small thumbnail.
 */
export async function intakePhoto(file: File): Promise<ReleasePhoto> {
  if (file.size > MAX_BLOB_BYTES) throw new PhotoError('tooLarge', file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const header = checkImageHeader(bytes);
  if (!header.ok) throw new PhotoError(header.problem, file.name);
  const bitmap = await decode(bytes, header.type, file.name);
  try {
    const thumb = await scaledJpeg(bitmap, THUMB_SIDE, 0.8);
    // Stored as files by main: the full photo once, and a thumbnail so lists never decode it.
    const blobId = await putBlob(bytes);
    const thumbBlobId = await putBlob(thumb);
    return { blobId, thumbBlobId, fileName: file.name.slice(0, 255), caption: '', credit: '', width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}

/**
 * A copy of a stored photo small enough for the PDF (the print engine takes at most 2 MB per
 * image), or null when the photo has not reached this workstation yet.
 */
export async function printCopy(blobId: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const bytes = await readBlobBytes(blobId);
  // A photo that arrived by sync is checked like one picked here: never decoded above the cap.
  const header = bytes ? checkImageHeader(bytes) : null;
  if (!bytes || !header?.ok) return null;
  const bitmap = await decode(bytes, header.type, blobId);
  try {
    return await scaledJpeg(bitmap, PRINT_SIDE, 0.82);
  } finally {
    bitmap.close();
  }
}
