import { describe, expect, it } from 'vitest';
import { pressReleaseSchema } from '../../src-main/shared/domain/press';
import { releaseTerms } from '../../src-renderer/features/press/model/release-terms';
import { buildPressSeed } from './press';

describe('the press seed', () => {
  // Terms are made per piece of text (cached: ten years repeat their sentences); the union must
  // be what the app stores, or the bench would time releases whose terms are made again.
  it('gives every release the terms the app would store, with the current mark last', () => {
    const seed = buildPressSeed({ releases: 300, agencies: 10, outlets: 6, contacts: 20 });
    const releases = seed.tables.find((t) => t.table === 'pressReleases')?.rows ?? [];
    expect(releases).toHaveLength(300);
    for (const row of releases) {
      const r = pressReleaseSchema.parse(row);
      const expected = releaseTerms(r, r.numberLabel);
      expect(new Set(r.terms), r.headline).toEqual(new Set(expected));
      expect(r.terms.at(-1)).toBe(expected.at(-1));
    }
  });
});
