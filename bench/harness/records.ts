/**
 * Realistic Thai task records for import and sync benchmarks: what a year of an office's
 * task list looks like, spread over the standing missions and every status.
 */
const VERBS = ['ผลิตรายการวิทยุ', 'เขียนข่าวประชาสัมพันธ์', 'ถ่ายภาพกิจกรรม', 'ประสานสื่อมวลชน', 'จัดแถลงข่าว', 'ประชุมคณะทำงาน', 'สรุปผลการประเมิน'];
const TOPICS = ['งานกาชาดจังหวัด', 'โครงการจิตอาสา', 'การป้องกันน้ำท่วม', 'ตลาดนัดชุมชน', 'วันเด็กแห่งชาติ', 'การท่องเที่ยวสงขลา', 'ไข้เลือดออก'];
const STATUSES = ['pending', 'in-progress', 'done', 'cancelled'] as const;

const hex = (n: number) => n.toString(16).padStart(12, '0');

/** A task's business fields (no envelope): the repository and the middleware add that. */
export function taskFields(i: number, missionIds: readonly string[], idPrefix = '0190c000-0000-7000-8000-') {
  const day = new Date(Date.UTC(2025, 9, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
  const status = STATUSES[i % 4] ?? 'pending';
  return {
    id: `${idPrefix}${hex(i)}`,
    missionId: missionIds[i % Math.max(1, missionIds.length)] ?? null,
    parentId: null,
    title: `${VERBS[i % VERBS.length] ?? ''} ${TOPICS[i % TOPICS.length] ?? ''} ครั้งที่ ${i + 1}`,
    details: 'รายละเอียดงาน ประสานหน่วยงานที่เกี่ยวข้องและรายงานผลต่อผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัด',
    assigneeIds: [],
    workGroup: 'public-relations',
    startDate: day,
    dueDate: day,
    priority: 'normal',
    status,
    progress: status === 'done' ? 100 : (i * 7) % 100,
    completedOn: status === 'done' ? day : null,
    checklist: [],
    attachments: [],
    recurrence: 'none',
  };
}

/** The same task with the envelope a stored record carries (for raw and restore imports). */
export function taskRecord(i: number, missionIds: readonly string[], now: string, idPrefix?: string) {
  return {
    ...taskFields(i, missionIds, idPrefix),
    createdAt: now,
    createdBy: 'bench',
    updatedAt: now,
    updatedBy: 'bench',
    deleted: false,
    clocks: {},
  };
}
