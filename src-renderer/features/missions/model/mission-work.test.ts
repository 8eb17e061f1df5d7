import { describe, expect, it } from 'vitest';
import { countedWork, type CountableLink, type LinkedRecordFacts, type MissionWorkSources } from './mission-work';

const half1 = { start: '2025-10-01', end: '2026-03-31' };
const M1 = 'mission-1';
const M2 = 'mission-2';

let n = 0;
function link(o: Partial<CountableLink>): CountableLink {
  n += 1;
  return { id: `link-${n}`, updatedAt: '2025-11-01T00:00:00.000Z', missionId: M1, taskId: null, module: 'press', recordId: null, title: 'งาน', date: '2025-11-01', ...o };
}
const fact = (kind: LinkedRecordFacts['kind'], o: Partial<LinkedRecordFacts> = {}): LinkedRecordFacts => ({ kind, counts: true, date: '2025-11-05', title: kind, ...o });

function sources(links: CountableLink[], records: Record<string, LinkedRecordFacts>, releasesFromRequests: MissionWorkSources['releasesFromRequests'] = []): MissionWorkSources {
  return { links, records: new Map(Object.entries(records)), releasesFromRequests };
}

const kinds = (s: MissionWorkSources) => countedWork(s, half1).map((w) => `${w.missionId}:${w.kind}:${w.recordId ?? 'typed'}`);

describe('work counted for the mission report', () => {
  it('counts a request as a request, not as a release (links written before the request kind carry "press")', () => {
    const s = sources([link({ module: 'press', recordId: 'req-1' }), link({ module: 'press-request', recordId: 'req-2' })], {
      'req-1': fact('press-request'),
      'req-2': fact('press-request'),
    });
    expect(kinds(s)).toEqual([`${M1}:press-request:req-1`, `${M1}:press-request:req-2`]);
  });

  it('counts a conference linked before the conference kind as a conference, not a briefing document', () => {
    expect(kinds(sources([link({ module: 'briefing', recordId: 'conf-1' })], { 'conf-1': fact('conference') }))).toEqual([`${M1}:conference:conf-1`]);
  });

  it('gives a release written from a request the request’s mission and task when it has no link of its own', () => {
    const s = sources(
      [link({ module: 'press-request', recordId: 'req-1', missionId: M2, taskId: 'task-9' })],
      { 'req-1': fact('press-request'), 'rel-1': fact('press', { title: 'ข่าวที่ 5/2569', date: '2025-11-20' }) },
      [{ id: 'rel-1', requestId: 'req-1' }],
    );
    const work = countedWork(s, half1);
    expect(work.map((w) => [w.missionId, w.taskId, w.kind, w.recordId, w.title, w.date])).toEqual([
      [M2, 'task-9', 'press-request', 'req-1', 'press-request', '2025-11-05'],
      [M2, 'task-9', 'press', 'rel-1', 'ข่าวที่ 5/2569', '2025-11-20'],
    ]);
  });

  it('keeps a release’s own link over its request’s, and counts it once', () => {
    const s = sources(
      [link({ module: 'press-request', recordId: 'req-1', missionId: M2 }), link({ module: 'press', recordId: 'rel-1', missionId: M1 })],
      { 'req-1': fact('press-request'), 'rel-1': fact('press') },
      [{ id: 'rel-1', requestId: 'req-1' }],
    );
    expect(kinds(s).sort()).toEqual([`${M1}:press:rel-1`, `${M2}:press-request:req-1`]);
  });

  it('inherits from a cancelled request, which itself is not counted', () => {
    const s = sources([link({ module: 'press-request', recordId: 'req-1', missionId: M2 })], { 'req-1': fact('press-request', { counts: false }), 'rel-1': fact('press') }, [
      { id: 'rel-1', requestId: 'req-1' },
    ]);
    expect(kinds(s)).toEqual([`${M2}:press:rel-1`]);
  });

  it('does not count an unpublished release, a deleted record, or its inheritance', () => {
    const s = sources(
      [link({ module: 'press', recordId: 'draft' }), link({ module: 'complaint', recordId: 'gone' }), link({ module: 'press-request', recordId: 'req-1' })],
      { draft: fact('press', { counts: false }), 'req-1': fact('press-request'), 'rel-2': fact('press', { counts: false }) },
      [{ id: 'rel-2', requestId: 'req-1' }],
    );
    expect(kinds(s)).toEqual([`${M1}:press-request:req-1`]);
  });

  it('counts a record linked twice (two workstations at once) once, under the link written last', () => {
    const s = sources(
      [
        link({ module: 'press', recordId: 'rel-1', missionId: M1, updatedAt: '2025-11-02T00:00:00.000Z' }),
        link({ module: 'press', recordId: 'rel-1', missionId: M2, updatedAt: '2025-11-03T00:00:00.000Z' }),
      ],
      { 'rel-1': fact('press') },
    );
    expect(kinds(s)).toEqual([`${M2}:press:rel-1`]);
  });

  it('counts entries typed by hand and internship work as written, and places work by the record’s own date', () => {
    const s = sources(
      [
        link({ module: 'other', recordId: null, title: 'จัดนิทรรศการ' }),
        link({ module: 'internship', recordId: 'log-1', date: '2025-12-01' }),
        link({ module: 'press', recordId: 'rel-late', date: '2026-03-30' }),
      ],
      { 'rel-late': fact('press', { date: '2026-04-02' }) },
    );
    expect(kinds(s)).toEqual([`${M1}:other:typed`, `${M1}:internship:log-1`]);
  });
});
