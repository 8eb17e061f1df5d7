import { checkImageHeader } from '../../src-main/shared/blobs/image-header';

/** The formats a picked image (office logo, intern photo) may be: what letterheads print. */
export const PICKED_IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;

export type PickedImageProblem = 'wrongType' | 'corrupt' | 'tooManyPixels';

/**
 * Why picked bytes are refused, or null: judged by content, never by the file's name or the
 * type the OS reports (an SVG renamed logo.jpg is refused), and the pixel count is read from the
 * header and capped before the browser decodes anything.
 */
export function pickedImageProblem(bytes: Uint8Array): PickedImageProblem | null {
  const header = checkImageHeader(bytes);
  if (!header.ok) return header.problem === 'notImage' ? 'wrongType' : header.problem;
  return (PICKED_IMAGE_TYPES as readonly string[]).includes(header.type) ? null : 'wrongType';
}
