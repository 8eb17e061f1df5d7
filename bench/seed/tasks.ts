/**
 * Runs in the page: writes `count` realistic Thai tasks straight into the app's IndexedDB
 * (raw puts, as an import would leave them), spread over the seeded missions, two fiscal
 * years, every status, with sub-tasks. The app reads them on its next load.
 */
export async function seedTasksInPage(count: number): Promise<number> {
  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('pr-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
  const db = await open();
  const missionIds: string[] = await new Promise((resolve, reject) => {
    const request = db.transaction('missions').objectStore('missions').getAllKeys();
    request.onsuccess = () => resolve(request.result as string[]);
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
  const verbs = ['ผลิตรายการวิทยุ', 'เขียนข่าวประชาสัมพันธ์', 'ถ่ายภาพกิจกรรม', 'ประสานสื่อมวลชน', 'จัดแถลงข่าว', 'ประชุมคณะทำงาน', 'สรุปผลการประเมิน'];
  const topics = ['งานกาชาดจังหวัด', 'โครงการจิตอาสา', 'การป้องกันน้ำท่วม', 'ตลาดนัดชุมชน', 'วันเด็กแห่งชาติ', 'การท่องเที่ยวสงขลา', 'ไข้เลือดออก'];
  const statuses = ['pending', 'in-progress', 'done', 'cancelled'];
  const hex = (n: number) => n.toString(16).padStart(12, '0');
  const now = new Date().toISOString();
  const tx = db.transaction('tasks', 'readwrite');
  const store = tx.objectStore('tasks');
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2025, 9, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    const status = statuses[i % 4] ?? 'pending';
    store.put({
      id: `0190b000-0000-7000-8000-${hex(i)}`,
      missionId: missionIds[i % missionIds.length],
      parentId: i % 5 === 4 ? `0190b000-0000-7000-8000-${hex(i - 1)}` : null,
      title: `${verbs[i % verbs.length] ?? ''} ${topics[i % topics.length] ?? ''} ครั้งที่ ${i + 1}`,
      details: 'รายละเอียดงาน ประสานหน่วยงานที่เกี่ยวข้องและรายงานผลต่อผู้อำนวยการ',
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
      createdAt: now,
      createdBy: 'bench',
      updatedAt: now,
      updatedBy: 'bench',
      deleted: false,
      clocks: {},
    });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
  db.close();
  return count;
}
