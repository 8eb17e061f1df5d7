import type { ReleasePhoto } from '../../../../src-main/shared/domain/press';

// Changes to a release's photo list, applied to the stored list by changeReleasePhotos (data/).

export const patchPhoto = (blobId: string, patch: Partial<Pick<ReleasePhoto, 'caption' | 'credit'>>) => (photos: readonly ReleasePhoto[]) =>
  photos.map((p) => (p.blobId === blobId ? { ...p, ...patch } : p));

export const removePhoto = (blobId: string) => (photos: readonly ReleasePhoto[]) => photos.filter((p) => p.blobId !== blobId);

/** Appends photos not already in the list (content-addressed: the same file is one photo). */
export const addPhotos = (added: readonly ReleasePhoto[]) => (photos: readonly ReleasePhoto[]) => [
  ...photos,
  ...added.filter((a) => !photos.some((p) => p.blobId === a.blobId)),
];
