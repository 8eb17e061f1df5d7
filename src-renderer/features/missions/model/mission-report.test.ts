import { describe, expect, it } from 'vitest';
import { missionReportDocumentSchema } from '../../../../src-main/shared/pdf/mission-report';
import { standardMissions } from '../../../data/seed-missions';
import { buildMissionReport, taskInPeriod } from './mission-report';
import { sampleTask } from '../../../data/test-db';

const missions = standardMissions().map((m, i) => ({ ...m, id: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}` }));
const m2 = missions[1]?.id ?? '';
const created = { createdAt: '2025-10-01T00:00:00.000Z' };
const staff = [
  {
    id: '00000000-0000-4000-8000-00000000aaaa',
    title: 'นางสาว',
    firstName: 'วิภาวรรณ',
    lastName: 'ศรีสุข',
    position: '',
    workGroup: 'public-relations' as const,
    role: 'officer' as const,
    phone: '',
    email: '',
    startDate: null,
    active: true,
  },
];

function report(tasks: Parameters<typeof buildMissionReport>[0]['tasks'], half: 1 | 2 | null = 1) {
  return buildMissionReport({
    fiscalYear: 2569,
    half,
    missions,
    tasks,
    work: [
      { missionId: m2, taskId: null, kind: 'press', recordId: null, title: 'ข่าวที่ 1/2569', date: '2025-11-03' },
      { missionId: m2, taskId: null, kind: 'press', recordId: null, title: 'ข่าวที่ 90/2569', date: '2026-05-03' },
    ],
    people: staff.map((s) => ({ id: s.id, name: `${s.title}${s.firstName} ${s.lastName}` })),
    letterhead: { officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', province: 'สงขลา', address: '', phone: '', email: '', logo: null },
    signer: { name: 'นายสมชาย ใจดี', position: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา' },
    today: '2026-11-22',
    workGroupName: (g) => g,
  });
}

describe('mission report', () => {
  it('places work in the half-year it belongs to', () => {
    const half1 = { start: '2025-10-01', end: '2026-03-31' };
    const t = (o: Parameters<typeof sampleTask>[1]) => ({ ...sampleTask(m2, o), id: 'x', ...created });
    expect(taskInPeriod(t({ status: 'done', completedOn: '2026-03-31', dueDate: '2026-04-10' }), half1)).toBe(true);
    expect(taskInPeriod(t({ status: 'done', completedOn: '2026-04-01', dueDate: '2026-04-10' }), half1)).toBe(false);
    expect(taskInPeriod(t({ status: 'in-progress', startDate: '2025-09-01', dueDate: '2026-06-01' }), half1)).toBe(true); // carried over
    expect(taskInPeriod(t({ status: 'pending', startDate: '2026-05-01', dueDate: '2026-06-01' }), half1)).toBe(false);
  });

  it('summarizes, rolls up sub-tasks, marks overdue, counts outputs, and is a valid document', () => {
    const parent = { ...sampleTask(m2, { title: 'งานหลัก', dueDate: '2026-01-10', status: 'in-progress' }), id: 'p', ...created };
    const child1 = {
      ...sampleTask(m2, { title: 'งานย่อย ก', parentId: 'p', status: 'done', completedOn: '2025-12-01', assigneeIds: [staff[0]?.id ?? ''] }),
      id: 'c1',
      ...created,
    };
    const child2 = { ...sampleTask(m2, { title: 'งานย่อย ข', parentId: 'p', progress: 50, dueDate: '2026-01-05' }), id: 'c2', ...created };
    const doc = report([parent, child1, child2]);
    expect(missionReportDocumentSchema.parse(doc)).toBeTruthy();
    const mission = doc.missions[1];
    expect(mission?.tasks.map((t) => [t.title, t.depth, t.progress])).toEqual([
      ['งานหลัก', 0, 75],
      ['งานย่อย ข', 1, 50],
      ['งานย่อย ก', 1, 100],
    ]);
    expect(mission?.tasks[0]?.overdue).toBe(true); // open at the end of the half
    expect(mission?.tasks[2]?.assignees).toBe('นางสาววิภาวรรณ ศรีสุข');
    expect(mission?.summary).toMatchObject({ total: 3, done: 1, inProgress: 1, pending: 1, overdue: 2 });
    expect(mission?.outputs).toEqual([{ module: 'press', count: 1 }]);
    expect(doc.period).toEqual({ fiscalYear: 2569, half: 1, start: '2025-10-01', end: '2026-03-31' });
    expect(doc.missions).toHaveLength(10);
  });

  it('reports the whole fiscal year', () => {
    const doc = report([], null);
    expect(doc.missions[1]?.outputs).toEqual([{ module: 'press', count: 2 }]);
    expect(doc.missions[1]?.summary.averageProgress).toBe(0);
  });
});
