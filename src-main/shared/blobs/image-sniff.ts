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
