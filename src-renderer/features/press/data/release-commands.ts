import type { ReleaseContent, ReleasePhoto, ReleaseStatus } from '../../../../src-main/shared/domain/press';
import { useDbCommands } from '../../../data';
import { changeReleasePhotos } from './change-release-photos';
import { commentOnRelease, createRelease, moveRelease, saveReleaseContent } from './release-actions';

/** Writes to a release from its pages (the rules are in release-actions.ts and change-release-photos.ts). */
export function useReleaseCommands() {
  return useDbCommands((db) => ({
    createRelease: (content: ReleaseContent) => createRelease(db, content),
    saveReleaseContent: (id: string, content: ReleaseContent) => saveReleaseContent(db, id, content),
    moveRelease: (id: string, to: ReleaseStatus, comment?: string) => moveRelease(db, id, to, comment),
    commentOnRelease: (id: string, comment: string) => commentOnRelease(db, id, comment),
    changeReleasePhotos: (id: string, change: (photos: readonly ReleasePhoto[]) => ReleasePhoto[]) => changeReleasePhotos(db, id, change),
  }));
}
