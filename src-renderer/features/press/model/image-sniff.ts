/**
 * What an uploaded file really is, from its first bytes: a renamed PDF or Word file must not
 * pass as a photo because its name ends in .jpg.
 */
export type SniffedImage = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

function at(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

export function sniffImageType(bytes: Uint8Array): SniffedImage | null {
  if (at(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (at(bytes, 0, [0x52, 0x49, 0x46, 0x46]) && at(bytes, 8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  if (at(bytes, 0, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  return null;
}

/** Longest side of a stored thumbnail and of the copy printed into a release PDF. */
export const THUMB_SIDE = 480;
export const PRINT_SIDE = 1600;

/** Width and height that fit `side` (never enlarged). */
export function fitWithin(width: number, height: number, side: number): { width: number; height: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
