import type { ReleasePhoto } from '../../../../src-main/shared/domain/press';
import { pressReleaseRepo, type PrDeskDb } from '../../../data';

/**
 * Changes a release's photo list from what is stored NOW, in one transaction. Two quick edits
 * (a caption, then a tab to the credit) used to each rewrite the list the screen last showed,
 * so the second silently put the first one back.
 */
export async function changeReleasePhotos(db: PrDeskDb, releaseId: string, change: (photos: readonly ReleasePhoto[]) => ReleasePhoto[]): Promise<void> {
  await db.transaction('rw', db.pressReleases, async () => {
    const current = await db.pressReleases.get(releaseId);
    if (!current) return;
    await pressReleaseRepo(db).update(releaseId, { photos: change(current.photos) });
  });
}
