import { describe, expect, it } from 'vitest';
import { IpcError } from '../ipc/errors';
import {
  EXECUTABLE_EXTENSIONS,
  executableEnding,
  fileNameProblem,
  isExecutableExtension,
  neutraliseExecutableEnding,
  ownSafeExtension,
  safeSavePath,
  toSafeFileName,
  toSafePdfFileName,
} from './safe-file-name';

/** Names that must never reach the disk as they are. Each really ends in a program extension. */
const HOSTILE = [
  'x.exe',
  'X.EXE',
  'x.ExE',
  'x.exe.',
  'x.exe...',
  'x.exe ',
  'x.exe . .',
  'photo.jpg.exe',
  'ใบเสนอราคา.pdf.exe',
  'a.txt:b.exe',
  'a.exe::$DATA',
  'a.exe:stream',
  'photo\u202Egpj.exe',
  'invoice\u202Efdp.scr',
  'x.e\u200Bxe',
  'x.\uFEFFbat',
  'x.ｅｘｅ', // fullwidth letters: NFKC
  'x．exe', // fullwidth full stop
  'dir/evil.bat',
  'dir\\evil.cmd',
  '..\\..\\Startup\\run.vbs',
  'setup.msi',
  'patch.msp',
  'link.lnk',
  'site.url',
  'x.com',
  'x.scr',
  'x.pif',
  'x.vbe',
  'x.js',
  'x.jse',
  'x.wsf',
  'x.wsh',
  'x.ps1',
  'x.psm1',
  'x.hta',
  'x.cpl',
  'x.jar',
  'x.reg',
  'x.scf',
  'Mail.app',
  'run.command',
  'run.sh',
  'launcher.desktop',
  'tool.AppImage',
  'x.library-ms',
  'x.iso',
];

const HARMLESS = ['รายงาน.pdf', 'report.exe.pdf', 'ภาพ.jpg', 'ข้อมูล.json', 'สรุป.xlsx', 'README', 'exe', '.exe-notes.txt', 'x.exe_', 'x.executable', 'บทรายการ.txt'];

describe('executableEnding', () => {
  it.each(HOSTILE)('sees the program extension of %j', (name) => {
    expect(executableEnding(name)).not.toBeNull();
  });

  it.each(HARMLESS)('lets %j be', (name) => {
    expect(executableEnding(name)).toBeNull();
  });

  it('names the extension it found, in lower case', () => {
    expect(executableEnding('photo.JPG.Exe. ')).toBe('exe');
    expect(executableEnding('a.txt:b.bat')).toBe('bat');
  });

  it('holds every extension the issue lists', () => {
    const listed = 'exe com bat cmd scr pif msi msp lnk url vbs vbe js jse wsf wsh ps1 psm1 hta cpl jar reg scf app command sh desktop appimage';
    for (const ext of listed.split(' ')) expect(EXECUTABLE_EXTENSIONS.has(ext), ext).toBe(true);
    expect(isExecutableExtension('.EXE')).toBe(true);
    expect(isExecutableExtension('pdf')).toBe(false);
  });
});

describe('fileNameProblem (what the user typed into a save dialog)', () => {
  it.each(HOSTILE)('refuses %j', (name) => expect(fileNameProblem(name)).not.toBeNull());

  it('says why', () => {
    expect(fileNameProblem('x.exe')).toBe('executable');
    expect(fileNameProblem('รายงาน\u202E.pdf')).toBe('invisible-characters');
    expect(fileNameProblem('a.pdf:zone')).toBe('stream');
    expect(fileNameProblem('a\u0007.pdf')).toBe('invisible-characters');
    expect(fileNameProblem(' . .')).toBe('empty');
    for (const name of ['CON', 'con.pdf', 'PRN.xlsx', 'AUX', 'NUL.txt', 'COM1', 'com9.pdf', 'LPT1', 'lpt3 .pdf', 'COM¹.pdf', 'CONIN$']) {
      expect(fileNameProblem(name), name).toBe('reserved');
    }
  });

  it('accepts ordinary Thai names', () => {
    for (const name of ['รายงานผลการปฏิบัติงาน 2569.xlsx', 'บันทึกข้อความ', 'console.pdf', 'COM10.pdf', 'nullable.txt']) expect(fileNameProblem(name), name).toBeNull();
  });
});

describe('safeSavePath', () => {
  it('adds the expected extension and drops what Windows would drop', () => {
    expect(safeSavePath('/home/u/เอกสาร/รายงาน', 'xlsx')).toBe('/home/u/เอกสาร/รายงาน.xlsx');
    expect(safeSavePath('/home/u/เอกสาร/รายงาน.XLSX', 'xlsx')).toBe('/home/u/เอกสาร/รายงาน.XLSX');
    expect(safeSavePath('C:\\Users\\u\\Documents\\memo. ', 'pdf')).toBe('C:\\Users\\u\\Documents\\memo.pdf');
    expect(safeSavePath('/home/u/x.pdf', '')).toBe('/home/u/x.pdf');
  });

  it.each(HOSTILE)('refuses a typed %j with unsafe-file-name', (name) => {
    for (const ext of ['pdf', 'xlsx', '']) {
      let caught: unknown;
      try {
        safeSavePath(`/home/u/เอกสาร/${name}`, ext);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(IpcError);
      expect((caught as IpcError).code).toBe('unsafe-file-name');
    }
  });

  it('refuses streams, hidden characters and device names, and a program extension asked for', () => {
    for (const name of ['a.pdf:b', 'x\u202Efdp.pdf', 'CON', 'nul.pdf', '...']) {
      expect(() => safeSavePath(`C:\\Users\\u\\${name}`, 'pdf'), name).toThrow(IpcError);
    }
    expect(() => safeSavePath('/home/u/x', 'exe')).toThrow(IpcError);
  });
});

describe('ownSafeExtension (a file saved under its own name)', () => {
  it('keeps an ordinary extension, cleaned and in lower case', () => {
    expect(ownSafeExtension('บทสัมภาษณ์ผู้ว่าฯ.DOCX')).toBe('docx');
    expect(ownSafeExtension('สรุป.csv')).toBe('csv');
    expect(ownSafeExtension('README')).toBe('');
    expect(ownSafeExtension('.hidden')).toBe('');
    expect(ownSafeExtension('report.exe.pdf')).toBe('pdf');
  });

  it.each([...HOSTILE, 'x.e-xe', 'x.b_at'])('refuses %j', (name) => {
    expect(() => ownSafeExtension(name)).toThrow(IpcError);
  });
});

describe('neutraliseExecutableEnding', () => {
  it('turns the dot of each program extension at the end into "_"', () => {
    expect(neutraliseExecutableEnding('ภาพข่าว.app')).toBe('ภาพข่าว_app');
    expect(neutraliseExecutableEnding('a.exe.bat')).toBe('a.exe_bat');
    expect(neutraliseExecutableEnding('run.sh.')).toBe('run_sh');
    expect(neutraliseExecutableEnding('รายงาน.pdf')).toBe('รายงาน.pdf');
  });
});

describe('toSafeFileName with hostile suggestions', () => {
  it.each(HOSTILE)('never ends %j in a program extension, with or without an extension of its own', (name) => {
    for (const ext of ['pdf', 'xlsx', 'jpg', '']) {
      const safe = toSafeFileName(name, ext);
      expect(executableEnding(safe), `${name} → ${safe}`).toBeNull();
      expect(fileNameProblem(safe), `${name} → ${safe}`).toBeNull();
      expect(safe).not.toMatch(/[/\\:]/);
      if (ext) expect(safe.endsWith(`.${ext}`)).toBe(true);
    }
  });

  it('keeps the rest of the name readable', () => {
    expect(toSafePdfFileName('photo.jpg.exe')).toBe('photo.jpg_exe.pdf');
    expect(toSafePdfFileName('photo\u202Egpj.exe')).toBe('photogpj_exe.pdf');
    expect(toSafePdfFileName('a.txt:b.exe')).toBe('a.txt-b_exe.pdf');
    expect(toSafeFileName('ข่าว.app', '')).toBe('ข่าว_app');
    expect(toSafeFileName('x.exe.', 'xlsx')).toBe('x_exe.xlsx');
    expect(toSafeFileName('.bashrc', '')).toBe('bashrc');
  });

  it('gives device names a "-", also before an extension', () => {
    expect(toSafePdfFileName('CON')).toBe('CON-.pdf');
    expect(toSafeFileName('nul.tar', 'xlsx')).toBe('nul-.tar.xlsx');
    expect(toSafeFileName('COM1', '')).toBe('COM1-');
  });

  it('refuses to make a program extension itself', () => {
    expect(() => toSafeFileName('x', 'exe')).toThrow(RangeError);
    expect(() => toSafeFileName('x', 'BAT')).toThrow(RangeError);
  });
});
