/**
 * Runs in the page after seedPressInPage: gives every release 1–3 photos. `distinct` real JPEGs
 * (1600×1200, drawn on a canvas, each different) and their thumbnails are stored as content-
 * addressed blobs, as the app stores photos; releases share them, the way an office reuses
 * event photos across follow-up releases. Self-contained for page.evaluate.
 */
export async function seedReleasePhotosInPage(distinct: number): Promise<{ photos: number; bytes: number; releases: number }> {
  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('pr-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
  const sha256 = async (bytes: Uint8Array) =>
    Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)), (b) => b.toString(16).padStart(2, '0')).join('');
  const jpeg = async (width: number, height: number, n: number) => {
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d context');
    const gradient = g.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, `hsl(${(n * 37) % 360} 60% 55%)`);
    gradient.addColorStop(1, `hsl(${(n * 37 + 120) % 360} 50% 35%)`);
    g.fillStyle = gradient;
    g.fillRect(0, 0, width, height);
    for (let i = 0; i < 40; i++) {
      g.fillStyle = `hsl(${(n * 13 + i * 29) % 360} 70% ${30 + (i % 5) * 10}%)`;
      g.fillRect((i * 97 * (n + 1)) % width, (i * 53 * (n + 3)) % height, width / 8, height / 10);
    }
    g.fillStyle = '#fff';
    g.font = `${Math.round(height / 12)}px sans-serif`;
    g.fillText(`ภาพกิจกรรม ${n + 1}`, width / 20, height / 2);
    return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
  };
  const now = new Date().toISOString();
  const photos: { blobId: string; thumbBlobId: string; fileName: string; width: number; height: number }[] = [];
  let bytes = 0;
  const blobs: { id: string; mime: string; size: number; data: Uint8Array; createdAt: string }[] = [];
  for (let n = 0; n < distinct; n++) {
    const full = await jpeg(1600, 1200, n);
    const thumb = await jpeg(320, 240, n);
    const blobId = await sha256(full);
    const thumbBlobId = await sha256(thumb);
    blobs.push({ id: blobId, mime: 'image/jpeg', size: full.byteLength, data: full, createdAt: now });
    blobs.push({ id: thumbBlobId, mime: 'image/jpeg', size: thumb.byteLength, data: thumb, createdAt: now });
    bytes += full.byteLength + thumb.byteLength;
    photos.push({ blobId, thumbBlobId, fileName: `IMG_${String(n + 1).padStart(4, '0')}.jpg`, width: 1600, height: 1200 });
  }
  const db = await open();
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
  const blobTx = db.transaction('blobs', 'readwrite');
  for (const blob of blobs) blobTx.objectStore('blobs').put(blob);
  await done(blobTx);
  let releases = 0;
  const tx = db.transaction('pressReleases', 'readwrite');
  const cursorRequest = tx.objectStore('pressReleases').openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (!cursor) return;
    const release = cursor.value as { photos: unknown[] };
    const count = 1 + (releases % 3);
    release.photos = Array.from({ length: count }, (_, k) => {
      const p = photos[(releases * 3 + k) % photos.length];
      return { ...p, caption: `ภาพกิจกรรมประกอบข่าว ภาพที่ ${k + 1}`, credit: 'ส่วนข่าว สปส.' };
    });
    cursor.update(release);
    releases++;
    cursor.continue();
  };
  await done(tx);
  db.close();
  return { photos: photos.length, bytes, releases };
}
