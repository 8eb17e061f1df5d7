import { describe, expect, it } from 'vitest';
import { ReleaseTermIndex, type ReleaseEntry } from './release-term-index';

function entry(id: string, patch: Partial<ReleaseEntry> = {}): ReleaseEntry {
  return { id, headline: `ข่าว ${id}`, numberLabel: '', updatedAt: '2026-12-01T00:00:00.000Z', releaseDate: '2026-12-01', number: null, status: 'draft', agencyId: null, tags: [], deleted: false, terms: [], createdBy: 'staff-1', headlineKey: `ข่าว ${id}`, ...patch };
}

describe('ReleaseTermIndex', () => {
  it('matches every word as a term prefix, and forgets a release’s old terms when it is replaced', () => {
    const index = new ReleaseTermIndex();
    index.put(entry('a', { terms: ['นิทรรศการ', 'สงขลา'] }));
    index.put(entry('b', { terms: ['นิทรรศน์', 'หาดใหญ่'] }));
    expect([...index.matching(['นิทรรศ'])].sort()).toEqual(['a', 'b']);
    expect([...index.matching(['นิทรรศ', 'หาด'])]).toEqual(['b']);
    index.put(entry('b', { terms: ['ประชุม'] }));
    expect([...index.matching(['นิทรรศ'])]).toEqual(['a']);
    expect(index.entry('b')?.headline).toBe('ข่าว b');
  });

  it('lists the tags of releases still in use, once each, in Thai order', () => {
    const index = new ReleaseTermIndex();
    index.put(entry('a', { tags: ['สุขภาพ', 'การท่องเที่ยว'] }));
    index.put(entry('b', { tags: ['การท่องเที่ยว', 'เกษตร'] }));
    index.put(entry('c', { tags: ['ลบแล้ว'], deleted: true }));
    expect(index.tags()).toEqual(['การท่องเที่ยว', 'เกษตร', 'สุขภาพ']);
  });
});
