import { describe, expect, it } from 'vitest';
import { IpcError } from '../../shared/ipc/errors';
import { sampleMissionReport } from '../pdf/samples/mission-report-samples';
import { createExportHandlers, type ExportHandlerDeps } from './handlers';

const STORED = 'b'.repeat(64);

function recording(answer: string | null, fail = false) {
  const written: { path: string; bytes: Uint8Array }[] = [];
  const asked: string[] = [];
  const deps: ExportHandlerDeps = {
    chooseExportPath: (name) => {
      asked.push(name);
      return Promise.resolve(answer);
    },
    writeFile: (path, bytes) => (fail ? Promise.reject(new Error('ENOSPC: no space left')) : (written.push({ path, bytes }), Promise.resolve())),
    readBlob: (id) => Promise.resolve(id === STORED ? new Uint8Array([1, 2, 3]) : null),
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
});
