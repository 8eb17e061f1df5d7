import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupKeyOf, storedPhotoPath } from '../../src-main/main/backup/testing';
import { officeKeyOf } from '../../src-main/main/sync/testing/workspace';
import { DEFAULT_CRITERIA } from '../../src-main/shared/domain/internship';
import { workLinkSchema, type WorkLink } from '../../src-main/shared/domain/work-link';
import { attendanceRepo, createRepository, institutionRepo, internEvaluationRepo, internRepo, openPrDeskDb, redactBackups, staffRepo, workLogRepo, type PrDeskDb } from '../../src-renderer/data';
import { restoreBackup } from '../../src-renderer/data/restore';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { eraseIntern } from '../../src-renderer/features/internships/data/intern-erasure';
import { startFileDownload } from '../../src-renderer/features/sync/data/file-download';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { fileBytes } from './files';
import { occurrences, readableBackups, readableFiles, type SealKey } from './plaintext';
import { workstation } from './workstation';

type Workstation = Awaited<ReturnType<typeof workstation>>;

/** The must-show's three values: a distinctive Thai name, her e-mail and her phone. */
const NAME = 'ปุณยาพร';
const EMAIL = 'punyaporn.k@psu-example.ac.th';
const PHONE = '0861234579';
/** And what she wrote, and her student id. */
const WORK = 'ถ่ายภาพพิธีเปิดงานกาชาดร่วมกับปุณยาพร';
const VALUES = [NAME, EMAIL, PHONE, WORK, '6510110777', 'Punyaporn'];

/** localStorage for Node: what the restore marks while it replaces tables. */
function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), removeItem: (key: string) => void map.delete(key) };
}

async function syncAll(ws: Pick<Workstation, 'db' | 'main'>) {
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
    const backupsOfB = join(b.userDataDir, 'backups');
    expect(occurrences(readableBackups(backupsOfB, backupKeyOf(backupsOfB)), [NAME, PHONE]).length).toBeGreaterThan(1);

    // As the erase button does it (PersonErasure): the erasure, then the files, previews and backups.
    const blobIds = await eraseIntern(a.db, intern.id, 'ครบกำหนดเก็บรักษา 1 ปี', '2027-08-01T02:00:00.000Z');
    await a.main.blobErase({ ids: [...blobIds] });
    await a.main.pdfForgetPreviews({});
    await redactBackups(a.db, a.main);
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
    // Every backup of every workstation, decrypted and decompressed: the ones taken before the
    // erasure were rewritten, the ones after never held her.
    for (const ws of [a, b, c]) {
      const backups = join(ws.userDataDir, 'backups');
      expect((await ws.main.backupList()).length).toBeGreaterThanOrEqual(3);
      found.push(...occurrences(readableBackups(backups, backupKeyOf(backups)), VALUES));
      expect(existsSync(storedPhotoPath(backups, backupKeyOf(backups), photo)), `photo in ${ws.userDataDir} backups`).toBe(false);
    }
    expect(found).toEqual([]);
    for (const ws of [a, b, c]) expect(await ws.files.has(photo)).toBe(false);
    // The facts the office must keep are still there, the same on every workstation.
    for (const ws of [a, b, c]) {
      expect(await ws.db.interns.get(intern.id)).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', requiredHours: 280, startDate: '2026-06-01', erasedAt: '2027-08-01T02:00:00.000Z' });
      expect(await ws.db.internAttendance.where('internId').equals(intern.id).count()).toBe(2);
    }

    // B restores its oldest backup (taken before she was entered on B even synced) and syncs.
    const sets = await b.main.backupList();
    const oldest = sets[sets.length - 1];
    if (!oldest) throw new Error('no backup');
    const restored = await restoreBackup(b.db, oldest.name, { keep: 14, main: b.main, storage: memoryStorage() });
    b.db.close();
    // The window reloads as the new device, as the app does after a restore.
    const b2 = { ...b, db: await openPrDeskDb({ name: b.db.name, deviceId: restored.newDeviceId, getActor: () => 'actor-pc-b', acting: 'not-checked' }) };
    await syncAll(b2);
    await syncAll(a);
    expect(occurrences([...(await databaseText(b2.db)), ...(await databaseText(a.db))], VALUES)).toEqual([]);
    expect(await b2.db.interns.get(intern.id)).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว' });
    expect(occurrences(shareFiles(), VALUES)).toEqual([]);
  });
});
