import type { PressRelease } from '../../../../src-main/shared/domain/press';

/** The text file that travels with a photo bundle: which photo shows what, and whose it is. */
export function photoCaptionsText(release: Pick<PressRelease, 'numberLabel' | 'headline' | 'photos'>): string {
  const lines = release.photos.map((p, i) => [`ภาพที่ ${i + 1}: ${p.caption || p.fileName}`, p.credit ? `ภาพโดย ${p.credit}` : ''].filter(Boolean).join(' — '));
  return [[release.numberLabel, release.headline].filter(Boolean).join(' '), '', ...lines].join('\n');
}
