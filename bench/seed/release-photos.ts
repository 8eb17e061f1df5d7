/**
 * Runs in the page after seedPressInPage: gives releases their photos. The photo files are
 * already in the workstation's blob store (bench/seed/photo-files.ts writes them there, as main
 * stores a photo an officer adds); records hold only references and metadata, as the app's
 * releases do. Photos are spread evenly over the ten years of releases, 1–3 per release, each
 * photo used by one release. Self-contained for page.evaluate.
 */
export async function seedReleasePhotosInPage(
  photos: readonly { blobId: string; thumbBlobId: string; fileName: string; width: number; height: number }[],
): Promise<{ photos: number; releases: number }> {
  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('pr-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
  const db = await open();
  const total = await new Promise<number>((resolve, reject) => {
    const request = db.transaction('pressReleases').objectStore('pressReleases').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('count failed'));
  });
  // 1, 2, 3, 1, 2, 3 … photos per illustrated release (2 on average): how many releases that
  // takes, and every how many releases one is illustrated.
  const illustrated = Math.min(total, Math.ceil(photos.length / 2));
  const every = illustrated > 0 ? total / illustrated : Infinity;
  let next = 0;
  let index = 0;
  let releases = 0;
  const tx = db.transaction('pressReleases', 'readwrite');
  const cursorRequest = tx.objectStore('pressReleases').openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (!cursor || next >= photos.length) return;
    if (index === Math.floor(releases * every)) {
      const release = cursor.value as { photos: unknown[] };
      // The last illustrated release takes the photos left (at most a release's 60), so none
      // is unreferenced unless there are too few releases: the caller compares the count.
      const count = Math.min(releases === illustrated - 1 ? 60 : 1 + (releases % 3), photos.length - next);
      release.photos = photos.slice(next, next + count).map((p, k) => ({
        blobId: p.blobId,
        thumbBlobId: p.thumbBlobId,
        fileName: p.fileName,
        width: p.width,
        height: p.height,
        caption: `ภาพกิจกรรมประกอบข่าว ภาพที่ ${k + 1}`,
        credit: 'ส่วนข่าว สปส.',
      }));
      next += count;
      releases++;
      cursor.update(release);
    }
    index++;
    cursor.continue();
  };
  await done(tx);
  db.close();
  return { photos: next, releases };
}
