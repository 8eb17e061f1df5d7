/**
 * Runs in the page (Playwright serialises it, so it imports nothing): writes `surveys`
 * satisfaction surveys with `responsesPerSurvey` finalised questionnaires each straight into the
 * app's IndexedDB (raw puts, as an import would leave them). Answers follow a fixed pattern, so
 * two runs give the same statistics. Returns the new survey ids. The 10-year seeding tool
 * reuses it.
 */
export async function seedSurveysInPage(counts: { surveys: number; responsesPerSurvey: number }): Promise<string[]> {
  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('pr-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
  const db = await open();
  const hex = (n: number, width = 12) => n.toString(16).padStart(width, '0');
  const now = new Date().toISOString();
  const envelope = { createdAt: now, createdBy: 'bench', updatedAt: now, updatedBy: 'bench', deleted: false, clocks: {} };
  const base = { required: true, profile: null, showIf: null, min: null, max: null };
  const rating = [5, 4, 3, 2, 1].map((code) => ({ code, label: ['', 'น้อยที่สุด', 'น้อย', 'ปานกลาง', 'มาก', 'มากที่สุด'][code] ?? '' }));
  const choice = (labels: string[]) => labels.map((label, i) => ({ code: i + 1, label }));
  const questions = [
    { ...base, id: 'sex', sectionId: 's1', type: 'single', text: 'เพศ', profile: 'sex', options: choice(['ชาย', 'หญิง', 'ไม่ระบุ']) },
    { ...base, id: 'age', sectionId: 's1', type: 'single', text: 'อายุ', profile: 'age', options: choice(['ต่ำกว่า 20 ปี', '20–29 ปี', '30–39 ปี', '40–49 ปี', '50–59 ปี', '60 ปีขึ้นไป']) },
    { ...base, id: 'occupation', sectionId: 's1', type: 'single', text: 'อาชีพ', profile: 'occupation', options: choice(['ข้าราชการ', 'รัฐวิสาหกิจ', 'เอกชน', 'ค้าขาย', 'เกษตรกร', 'นักเรียน', 'อื่น ๆ']) },
    { ...base, id: 'district', sectionId: 's1', type: 'single', text: 'อำเภอที่อาศัย', profile: 'district', options: choice(['อำเภอเมือง', 'อำเภออื่น']) },
    ...Array.from({ length: 15 }, (_, i) => ({ ...base, id: `q${i + 1}`, sectionId: `s${2 + Math.floor(i / 5)}`, type: 'rating', text: `ความพึงพอใจข้อที่ ${i + 1}`, options: rating })),
    { ...base, id: 'comment', sectionId: 's5', type: 'longtext', text: 'ข้อเสนอแนะเพิ่มเติม', required: false, options: [] },
  ];
  const sections = [
    { id: 's1', title: 'ข้อมูลทั่วไป' },
    { id: 's2', title: 'ด้านกระบวนการให้บริการ' },
    { id: 's3', title: 'ด้านเจ้าหน้าที่ผู้ให้บริการ' },
    { id: 's4', title: 'ด้านสิ่งอำนวยความสะดวก' },
    { id: 's5', title: 'ข้อเสนอแนะ' },
  ];
  const comments = ['เจ้าหน้าที่บริการดีมาก', 'ควรเพิ่มที่จอดรถ', 'อยากให้ประชาสัมพันธ์ทาง LINE มากขึ้น'];
  const ids: string[] = [];
  const stamp = Date.now() % 0xffff;
  for (let s = 0; s < counts.surveys; s++) {
    const surveyId = `0190c000-${hex(stamp, 4)}-7000-8000-${hex(s)}`;
    ids.push(surveyId);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('surveys', 'readwrite');
      tx.objectStore('surveys').put({
        id: surveyId,
        title: `แบบสอบถามความพึงพอใจต่อการให้บริการ ชุดที่ ${s + 1}`,
        description: '',
        sections,
        questions,
        bandScheme: 'width050',
        version: 1,
        previousVersionId: null,
        locked: true,
        superseded: false,
        ...envelope,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    // Chunks of 5,000 per transaction (DESIGN.md §10: faster than one huge put).
    for (let start = 0; start < counts.responsesPerSurvey; start += 5_000) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('surveyResponses', 'readwrite');
        const store = tx.objectStore('surveyResponses');
        const end = Math.min(counts.responsesPerSurvey, start + 5_000);
        for (let i = start; i < end; i++) {
          const answers: Record<string, number | string> = { sex: 1 + (i % 2), age: 1 + (i % 6), occupation: 1 + (i % 7), district: 1 + (i % 2) };
          for (let q = 1; q <= 15; q++) answers[`q${q}`] = 5 - ((i * 7 + q * 3) % 5 === 0 ? 2 : (i + q) % 3);
          if (i % 20 === 0) answers.comment = comments[i % comments.length] ?? '';
          store.put({ id: `0190c001-${hex(stamp, 4)}-7000-8${hex(s, 3)}-${hex(i)}`, surveyId, serial: String(i + 1), answers, status: 'final', mode: 'import', ...envelope });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    }
  }
  db.close();
  return ids;
}
