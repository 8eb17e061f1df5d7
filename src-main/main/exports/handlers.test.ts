import { describe, expect, it } from 'vitest';
import { IpcError } from '../../shared/ipc/errors';
import { sampleMissionReport } from '../pdf/samples/mission-report-samples';
import { can, canSeeComplainant } from '../../shared/auth/permissions';
import { REGISTER_ROW } from '../../shared/domain/complaint-register.sample';
import type { StaffRole } from '../../shared/domain/staff';
import { createExportHandlers, type ExportHandlerDeps } from './handlers';

const STORED = 'b'.repeat(64);

/** Main's session as the export channels ask it: an administrator by default. */
function signedInAs(role: StaffRole, workGroup = 'administration'): NonNullable<ExportHandlerDeps['session']> {
  const actor = { staffId: `staff-${role}`, role };
  return {
    require: (action) => {
      const decision = can(actor, action);
      if (!decision.allowed) throw new IpcError({ code: 'not-allowed', detail: `${action}:${decision.reason}` });
      return actor;
    },
    maySeeComplainant: () => canSeeComplainant({ ...actor, workGroup }),
  };
}

function recording(answer: string | null, fail = false, session = signedInAs('admin')) {
  const written: { path: string; bytes: Uint8Array }[] = [];
  const asked: string[] = [];
  const deps: ExportHandlerDeps = {
    chooseExportPath: (name) => {
      asked.push(name);
      return Promise.resolve(answer);
    },
    writeFile: (path, bytes) => (fail ? Promise.reject(new Error('ENOSPC: no space left')) : (written.push({ path, bytes }), Promise.resolve())),
    readBlob: (id) => Promise.resolve(id === STORED ? new Uint8Array([1, 2, 3]) : null),
    session,
  };
  return { deps, written, asked };
}

describe('export handlers', () => {
  it('saves the mission report workbook with a safe Thai name and the .xlsx extension', async () => {
    const { deps, written, asked } = recording('/docs/รายงาน');
    const result = await createExportHandlers(deps)['export:mission-report-xlsx']({ report: sampleMissionReport(), suggestedFileName: 'รายงาน: ปี 2569' });
    expect(asked).toEqual(['รายงาน- ปี 2569.xlsx']);
    expect(result.filePath).toBe('/docs/รายงาน.xlsx');
    expect(written[0]?.bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
  });

  it('writes nothing when the dialog is closed, and reports a failed write', async () => {
    const cancelled = recording(null);
    await expect(createExportHandlers(cancelled.deps)['export:json-file']({ json: '{}', suggestedFileName: 'x' })).rejects.toMatchObject({ code: 'cancelled' });
    expect(cancelled.written).toHaveLength(0);
    const full = recording('/docs/x.json', true);
    await expect(createExportHandlers(full.deps)['export:json-file']({ json: '{"ชื่อ":"กนกวรรณ"}', suggestedFileName: 'x' })).rejects.toBeInstanceOf(IpcError);
  });

  it('keeps an attachment’s own extension', async () => {
    const { deps, asked, written } = recording('/docs/บทสัมภาษณ์.docx');
    await createExportHandlers(deps)['export:attachment']({ blobId: STORED, suggestedFileName: 'บทสัมภาษณ์ผู้ว่าฯ.docx' });
    expect(asked).toEqual(['บทสัมภาษณ์ผู้ว่าฯ.docx']);
    expect(written[0]?.path).toBe('/docs/บทสัมภาษณ์.docx');
    expect([...(written[0]?.bytes ?? [])]).toEqual([1, 2, 3]);
  });

  it('says "not here yet" for an attachment this workstation has not received, without a dialog', async () => {
    const { deps, asked } = recording('/docs/x.pdf');
    await expect(createExportHandlers(deps)['export:attachment']({ blobId: 'c'.repeat(64), suggestedFileName: 'x.pdf' })).rejects.toMatchObject({ code: 'not-found' });
    expect(asked).toEqual([]);
  });

  it.each(['ใบเสนอราคา.pdf.exe', 'setup.EXE', 'x.exe.', 'x.bat ', 'photo\u202Egpj.exe', 'a.txt:b.exe', 'a.exe::$DATA', 'run.js', 'ลิงก์.lnk', 'Mail.app', 'install.sh', 'x.desktop', 'x.e-xe'])(
    'refuses to save the attachment or file %j before any dialog: `unsafe-file-name`, nothing written',
    async (name) => {
      const { deps, asked, written } = recording(`/docs/${name}`);
      const handlers = createExportHandlers(deps);
      await expect(handlers['export:attachment']({ blobId: STORED, suggestedFileName: name })).rejects.toMatchObject({ code: 'unsafe-file-name' });
      await expect(handlers['export:file']({ bytes: new Uint8Array([1]), suggestedFileName: name })).rejects.toMatchObject({ code: 'unsafe-file-name' });
      expect(asked).toEqual([]);
      expect(written).toEqual([]);
    },
  );

  it.each(['งาน.exe', 'งาน.docx.exe', 'งาน.exe.', 'งาน\u202Excod.exe', 'งาน.docx:x.bat', 'CON', 'nul.docx', '...'])(
    'refuses the name %j typed into the save dialog: `unsafe-file-name`, nothing written',
    async (typed) => {
      const { deps, written } = recording(`C:\\Users\\u\\Documents\\${typed}`);
      const handlers = createExportHandlers(deps);
      await expect(handlers['export:attachment']({ blobId: STORED, suggestedFileName: 'บทสัมภาษณ์.docx' })).rejects.toMatchObject({ code: 'unsafe-file-name' });
      await expect(handlers['export:json-file']({ json: '{}', suggestedFileName: 'ข้อมูล' })).rejects.toMatchObject({ code: 'unsafe-file-name' });
      await expect(handlers['export:mission-report-xlsx']({ report: sampleMissionReport(), suggestedFileName: 'รายงาน' })).rejects.toMatchObject({ code: 'unsafe-file-name' });
      expect(written).toEqual([]);
    },
  );

  it('gives a typed name the expected extension, and a file without one none', async () => {
    const typed = recording('/docs/บทสัมภาษณ์ ');
    await createExportHandlers(typed.deps)['export:attachment']({ blobId: STORED, suggestedFileName: 'บทสัมภาษณ์.DOCX' });
    expect(typed.written[0]?.path).toBe('/docs/บทสัมภาษณ์.docx');
    const bare = recording('/docs/README');
    await createExportHandlers(bare.deps)['export:attachment']({ blobId: STORED, suggestedFileName: 'README' });
    expect(bare.written[0]?.path).toBe('/docs/README');
  });

  it('neutralises a program extension in a name it chooses itself (a JSON export ends in .json)', async () => {
    const { deps, asked, written } = recording('/docs/x.json');
    await createExportHandlers(deps)['export:json-file']({ json: '{}', suggestedFileName: 'ข้อมูล.exe' });
    expect(asked).toEqual(['ข้อมูล_exe.json']);
    expect(written).toHaveLength(1);
  });

  describe('who may take personal data out (issue 19)', () => {
    it('the PDPA export (JSON) is refused to anyone but an administrator: no dialog, nothing written', async () => {
      for (const session of [signedInAs('officer'), signedInAs('director'), signedInAs('intern')]) {
        const { deps, written, asked } = recording('/docs/ข้อมูล', false, session);
        await expect(createExportHandlers(deps)['export:json-file']({ json: '{"ชื่อ":"กนกวรรณ"}', suggestedFileName: 'ข้อมูล' })).rejects.toMatchObject({ code: 'not-allowed', message: 'pdpa.export:role' });
        expect(asked).toEqual([]);
        expect(written).toEqual([]);
      }
      const { deps, written } = recording('/docs/ข้อมูล', false);
      await createExportHandlers({ ...deps, session: undefined })['export:json-file']({ json: '{}', suggestedFileName: 'x' }).catch(() => undefined);
      expect(written).toEqual([]);
    });

    const csvOf = (written: { bytes: Uint8Array }[]) => new TextDecoder().decode(written[0]?.bytes);

    it('the complaint register keeps the complainant for a complaint officer and the director', async () => {
      for (const session of [signedInAs('officer', 'evaluation'), signedInAs('director')]) {
        const { deps, written } = recording('/docs/ทะเบียน', false, session);
        await createExportHandlers(deps)['export:complaint-register']({ rows: [REGISTER_ROW], format: 'csv', suggestedFileName: 'ทะเบียน' });
        expect(csvOf(written)).toContain('นางสาวมณีรัตน์ ทองคำ');
      }
    });

    it('main masks the complainant itself for everyone else, whatever the renderer sent', async () => {
      for (const session of [signedInAs('officer'), signedInAs('admin'), signedInAs('intern', 'evaluation'), undefined]) {
        const { deps, written } = recording('/docs/ทะเบียน', false);
        await createExportHandlers({ ...deps, session })['export:complaint-register']({ rows: [REGISTER_ROW], format: 'csv', suggestedFileName: 'ทะเบียน' });
        const text = csvOf(written);
        expect(text).toContain('ปกปิด');
        for (const secret of ['มณีรัตน์', '081-234-5678', 'maneerat', 'นิพัทธ์']) expect(text).not.toContain(secret);
      }
    });
  });
});
