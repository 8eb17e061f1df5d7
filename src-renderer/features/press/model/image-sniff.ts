export { sniffImageType, type SniffedImage } from '../../../../src-main/shared/blobs/image-sniff';

/** Longest side of a stored thumbnail and of the copy printed into a release PDF. */
export const THUMB_SIDE = 480;
export const PRINT_SIDE = 1600;

/** Width and height that fit `side` (never enlarged). */
export function fitWithin(width: number, height: number, side: number): { width: number; height: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
