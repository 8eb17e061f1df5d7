import { createHash } from 'node:crypto';
import { pressReleaseRepo, taskRepo, type PrDeskDb } from '../../src-renderer/data';
import type { ReleasePhoto } from '../../src-main/shared/domain/press';
import type { Attachment } from '../../src-main/shared/domain/task';
import { thaiSearchTerms } from '../../src-main/shared/text/thai-words';
import { sampleTask, testRelease } from '../../src-renderer/data/test-db';
import type { workstation } from './workstation';

type Workstation = Awaited<ReturnType<typeof workstation>>;

/** Distinct bytes for file number `n` (a stand-in for a JPEG or a PDF). */
export function fileBytes(n: number, size = 2048): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + n * 17 + ((i >> 8) ^ n)) & 0xff;
  return bytes;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A photo as the press module stores it: full size and thumbnail in this workstation's store. */
export async function addPhoto(ws: Workstation, n: number, caption: string): Promise<ReleasePhoto> {
  const full = await ws.files.put(fileBytes(n, 4096));
  const thumb = await ws.files.put(fileBytes(n + 100_000, 512));
  return { blobId: full.id, thumbBlobId: thumb.id, fileName: `IMG_${String(n).padStart(4, '0')}.jpg`, caption, credit: 'ส่วนประชาสัมพันธ์', width: 1600, height: 1200 };
}

export async function addAttachment(ws: Workstation, n: number, name: string): Promise<Attachment> {
  const stored = await ws.files.put(fileBytes(n, 3000));
  return { blobId: stored.id, name, mime: 'application/pdf', size: stored.size };
}

export function createRelease(db: PrDeskDb, headline: string, photos: ReleasePhoto[]) {
  return pressReleaseRepo(db).create(testRelease({ headline, releaseDate: '2026-11-20', body: 'รายละเอียดข่าว', photos, terms: thaiSearchTerms(headline) }));
}

export function createTask(db: PrDeskDb, title: string, attachments: Attachment[]) {
  return taskRepo(db).create({ ...sampleTask('0190c000-0000-7000-8000-a00000000001', { title }), attachments });
}
