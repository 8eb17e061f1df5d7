/**
 * Runs in the page: writes `count` interns (with their institutions) straight into the app's
 * IndexedDB, as years of cohorts leave them: most finished, a few active. Self-contained
 * (page.evaluate sends only this function's text).
 */
export async function seedInternsInPage(count: number): Promise<number> {
  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('pr-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
  const db = await open();
  const universities = ['มหาวิทยาลัยสงขลานครินทร์', 'มหาวิทยาลัยทักษิณ', 'มหาวิทยาลัยราชภัฏสงขลา', 'มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย', 'มหาวิทยาลัยหาดใหญ่'];
  const first = ['ณัฐวุฒิ', 'กัญญาณัฐ', 'ปิยะพงษ์', 'สุภัสสรา', 'ธนกฤต', 'พิมพ์ชนก', 'อัครเดช', 'ศิริรัตน์'];
  const last = ['ศรีสุข', 'ใจดี', 'แก้วมณี', 'บุญมา', 'ทองคำ', 'สายสุวรรณ', 'ชัยมงคล'];
  const hex = (n: number) => n.toString(16).padStart(12, '0');
  const now = new Date().toISOString();
  const envelope = { createdAt: now, createdBy: 'bench', updatedAt: now, updatedBy: 'bench', deleted: false, clocks: {} };
  const tx = db.transaction(['institutions', 'interns'], 'readwrite');
  universities.forEach((name, i) =>
    tx.objectStore('institutions').put({
      id: `0190f000-0000-7000-8000-${hex(i)}`,
      name,
      faculty: 'คณะวิทยาการสื่อสาร',
      coordinatorName: 'อาจารย์ผู้ประสานงาน',
      coordinatorPhone: '074-000-000',
      coordinatorEmail: '',
      requiredHours: 450,
      criteria: [{ id: 'discipline', name: 'ความรับผิดชอบและการตรงต่อเวลา', maxScore: 5 }],
      ...envelope,
    }),
  );
  for (let i = 0; i < count; i++) {
    const year = 2016 + (i % 10);
    const start = `${year}-${String(5 + (i % 2) * 6).padStart(2, '0')}-01`;
    const end = `${year}-${String(8 + (i % 2) * 3).padStart(2, '0')}-28`;
    const active = i >= count - 5;
    tx.objectStore('interns').put({
      id: `0190f100-0000-7000-8000-${hex(i)}`,
      title: i % 2 ? 'นางสาว' : 'นาย',
      firstName: first[i % first.length],
      lastName: `${last[i % last.length] ?? ''} ${i + 1}`,
      firstNameEn: '',
      lastNameEn: '',
      studentId: `6${String(i).padStart(9, '0')}`,
      institutionId: `0190f000-0000-7000-8000-${hex(i % universities.length)}`,
      programme: 'นิเทศศาสตร์',
      phone: '',
      email: '',
      emergencyContact: '',
      startDate: active ? '2026-10-01' : start,
      endDate: active ? '2027-01-31' : end,
      requiredHours: 450,
      mentorId: null,
      workGroup: 'public-relations',
      status: active ? 'active' : 'completed',
      photoBlobId: null,
      erasedAt: null,
      ...envelope,
    });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
  db.close();
  return count;
}
