import { formatThaiDateLong, formatThaiTime } from '../../../src-main/shared/text/thai-date';
import { typedParagraphs, type Letterhead } from '../../../src-main/shared/pdf/document-parts';
import type { PressReleaseDocument } from '../../../src-main/shared/pdf/press-release';
import type { PressReleaseRecord } from '../../data';
import { printCopy } from './photo-intake';

/** The PDF holds at most this many photos; the bundle export carries all of them. */
const PDF_PHOTOS = 12;

export function embargoNote(embargoAt: string): string {
  if (!embargoAt) return '';
  const at = new Date(embargoAt);
  return `ห้ามเผยแพร่ก่อนวันที่ ${formatThaiDateLong(at)} เวลา ${formatThaiTime(at)}`;
}

/** The approval as recorded at the time (never the person signed in now); null before approval. */
export function approvalOf(release: PressReleaseRecord): PressReleaseDocument['approval'] {
  if (release.status === 'draft' || release.status === 'review' || !release.approvedAt || !release.approverName) return null;
  return { name: release.approverName, position: release.approverPosition ?? '', at: release.approvedAt };
}

/** The release as the PDF engine takes it, under the office's letterhead (useLoadOfficeLetterhead). */
export async function releasePdfDocument(letterhead: Letterhead, release: PressReleaseRecord): Promise<PressReleaseDocument> {
  const photos = [];
  for (const photo of release.photos.slice(0, PDF_PHOTOS)) {
    const bytes = await printCopy(photo.blobId);
    if (bytes) photos.push({ image: { mime: 'image/jpeg' as const, bytes }, caption: photo.caption, credit: photo.credit });
  }
  return {
    kind: 'press-release',
    letterhead,
    numberLabel: release.numberLabel,
    date: release.releaseDate,
    headline: release.headline,
    dateline: release.dateline,
    lead: release.lead,
    paragraphs: typedParagraphs(release.body),
    quotes: release.quotes,
    photos,
    embargoNote: embargoNote(release.embargoAt),
    draft: release.status === 'draft' || release.status === 'review',
    approval: approvalOf(release),
  };
}
