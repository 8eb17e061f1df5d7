import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeKeyOf } from '../../src-main/main/sync/testing/workspace';
import { DEFAULT_CRITERIA } from '../../src-main/shared/domain/internship';
import { workLinkSchema, type WorkLink } from '../../src-main/shared/domain/work-link';
import { attendanceRepo, createRepository, institutionRepo, internEvaluationRepo, internRepo, staffRepo, workLogRepo, type PrDeskDb } from '../../src-renderer/data';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { eraseInternPersonalData } from '../../src-renderer/features/internships/model/intern-privacy';
import { startFileDownload } from '../../src-renderer/features/sync/file-download';
import { runSync } from '../../src-renderer/features/sync/sync-engine';
import { fileBytes } from './files';
import { occurrences, readableFiles, type SealKey } from './plaintext';
import { workstation } from './workstation';

type Workstation = Awaited<ReturnType<typeof workstation>>;

/** The must-show's three values: a distinctive Thai name, her e-mail and her phone. */
const NAME = 'ปุณยาพร';
const EMAIL = 'punyaporn.k@psu-example.ac.th';
const PHONE = '0861234579';
/** And what she wrote, and her student id. */
const WORK = 'ถ่ายภาพพิธีเปิดงานกาชาดร่วมกับปุณยาพร';
const VALUES = [NAME, EMAIL, PHONE, WORK, '6510110777', 'Punyaporn'];

async function syncAll(ws: Workstation) {
  const summary = await runSync(ws.db, ws.main);
  await startFileDownload(ws.db, ws.main);
  return summary;
}

/** Everything a workstation's database holds, every table (the renderer's side of the profile). */
async function databaseText(db: PrDeskDb): Promise<{ file: string; bytes: Buffer }[]> {
  const out: { file: string; bytes: Buffer }[] = [];
  for (const table of db.tables) out.push({ file: `indexeddb:${db.name}/${table.name}`, bytes: Buffer.from(JSON.stringify(await table.toArray()), 'utf8') });
  return out;
}

/** An intern with everything the must-show lists, entered on A. */
async function enterIntern(a: Workstation) {
  const db = a.db;
  const institution = await institutionRepo(db).create({
    name: 'มหาวิทยาลัยสงขลานครินทร์',
    faculty: 'คณะวิทยาการจัดการ',
    coordinatorName: '',
    coordinatorPhone: '',
    coordinatorEmail: '',
    requiredHours: 280,
    criteria: [...DEFAULT_CRITERIA],
  });
  const account = await staffRepo(db).create({ ...SOMCHAI, title: 'นางสาว', firstName: NAME, lastName: 'แก้วมณี', role: 'intern', phone: PHONE, email: EMAIL });
  const photo = await a.files.put(fileBytes(77, 5000));
  const intern = await internRepo(db).create({
    title: 'นางสาว',
    firstName: NAME,
    lastName: 'แก้วมณี',
    firstNameEn: 'Punyaporn',
    lastNameEn: 'Kaewmanee',
    studentId: '6510110777',
    institutionId: institution.id,
    programme: 'นิเทศศาสตร์',
    phone: PHONE,
    email: EMAIL,
    emergencyContact: `มารดา โทร ${PHONE}`,
    startDate: '2026-06-01',
    endDate: '2026-07-31',
    requiredHours: 280,
    mentorId: null,
    staffId: account.id,
    workGroup: 'public-relations',
    status: 'active',
    photoBlobId: photo.id,
    erasedAt: null,
  });
  for (const date of ['2026-06-01', '2026-06-02']) {
    await attendanceRepo(db).create({ internId: intern.id, date, kind: 'present', checkIn: '08:30', checkOut: '16:30', overnight: false, breakMinutes: 60, note: `${NAME} มาตรงเวลา` });
  }
  const log = await workLogRepo(db).create({ internId: intern.id, date: '2026-06-01', text: WORK, taskId: null, approvedBy: null, approvedAt: null });
  await internEvaluationRepo(db).create({ internId: intern.id, evaluatorId: null, date: '2026-07-31', scores: [{ criterionId: 'manner', score: 5, comment: `${NAME} สุภาพ` }], overallComment: `${NAME} ผ่านการฝึก` });
  // Her work, linked to a mission task (the mission view lists it).
  await createRepository<WorkLink>(db, 'workLinks', workLinkSchema).create({ missionId: '0190a000-0000-7000-8000-00000000f001', taskId: '0190a000-0000-7000-8000-00000000f002', module: 'internship', recordId: log.id, title: WORK, date: '2026-06-01' });
  return { intern, photo: photo.id };
}

describe('PDPA erasure across three workstations and the share', () => {
  it('after the erasure on A and everyone syncing, none of her values is in any database, the share (decrypted), the file stores or the temp folders', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-pdpa-'));
    const folder = join(root, 'share');
    const a = await workstation(root, 'pc-a');
    const b = await workstation(root, 'pc-b');
    const c = await workstation(root, 'pc-c');
    const { workspaceId } = await a.createShare(folder);
    await b.joinShare(folder);
    await c.joinShare(folder);
    const { intern, photo } = await enterIntern(a);
    for (const ws of [a, b, c, a]) await syncAll(ws);
    expect(await b.files.has(photo)).toBe(true);
    // B edits her phone number too: B's own published history holds it.
    await internRepo(b.db).update(intern.id, { phone: `${PHONE} (ใหม่)` });
    for (const ws of [b, c]) await syncAll(ws);
    // C printed her certificate: the preview is still in its temp folder.
    mkdirSync(join(c.userDataDir, 'tmp', 'pr-desk-pdf'), { recursive: true });
    writeFileSync(join(c.userDataDir, 'tmp', 'pr-desk-pdf', `1a2b3c4d-หนังสือรับรองการฝึกงาน ${NAME}.pdf`), `%PDF ${NAME}`);

    const key: SealKey = { officeKey: officeKeyOf(a.userDataDir, workspaceId), workspaceId };
    const shareFiles = () => readableFiles(folder, [key]);
    expect(occurrences(shareFiles(), [NAME]).length).toBeGreaterThan(0); // the search can find her

    await eraseInternPersonalData(a.db, intern.id, 'ครบกำหนดเก็บรักษา 1 ปี', '2027-08-01T02:00:00.000Z', {
      eraseBlobs: async (ids) => {
        await a.main.blobErase({ ids: [...ids] });
      },
      forgetPreviews: async () => {
        await a.main.pdfForgetPreviews({});
      },
    });
    for (const ws of [a, b, c, a, b, c]) await syncAll(ws);

    const found: string[] = [];
    for (const ws of [a, b, c]) {
      found.push(...occurrences(await databaseText(ws.db), VALUES));
      // Blob store, temp previews, own-file copies (sealed as on the share), local JSON files.
      const ownCopy = (file: string) => {
        const [, deviceId, name] = /sync-own-files\/[^/]+\/([^/]+)\/files\/([^/]+)$/.exec(file.split('\\').join('/')) ?? [];
        return `devices/${deviceId}/log/${name}`;
      };
      found.push(...occurrences(readableFiles(ws.userDataDir, [key], ownCopy, (file) => file.startsWith(join(ws.userDataDir, 'backups'))), VALUES));
    }
    found.push(...occurrences(shareFiles(), VALUES));
    expect(found).toEqual([]);
    for (const ws of [a, b, c]) expect(await ws.files.has(photo)).toBe(false);
    // The facts the office must keep are still there, the same on every workstation.
    for (const ws of [a, b, c]) {
      expect(await ws.db.interns.get(intern.id)).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', requiredHours: 280, startDate: '2026-06-01', erasedAt: '2027-08-01T02:00:00.000Z' });
      expect(await ws.db.internAttendance.where('internId').equals(intern.id).count()).toBe(2);
    }
  });
});
