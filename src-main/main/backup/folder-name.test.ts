import { describe, expect, it } from 'vitest';
import { executableEnding } from '../../shared/files/safe-file-name';
import { exportFolderName, safeFileName } from './folder-name';

describe('backup folder names', () => {
  it('names an exported set by its Thai date and number', () => {
    const name = exportFolderName(new Date('2026-12-05T07:30:00Z'), 12);
    expect(name).toMatch(/^PR Desk สำรอง .+ \(ชุดที่ 12\)$/);
    expect(executableEnding(name)).toBeNull();
  });

  it('never ends in a program extension nor keeps invisible characters', () => {
    expect(safeFileName('ชุด.app')).toBe('ชุด_app');
    expect(safeFileName('run.sh.')).toBe('run_sh');
    expect(safeFileName('ชุด\u202Eppa.exe')).toBe('ชุดppa_exe');
    expect(safeFileName('a:b.exe')).toBe('a_b_exe');
    expect(safeFileName('CON')).toBe('_CON');
  });
});
