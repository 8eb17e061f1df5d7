import type { Answer, Question, Survey } from '../../../../src-main/shared/domain/survey';
import { isQuestionShown } from '../../../../src-main/shared/domain/survey';
import { parseCsv, writeCsv } from '../../../../src-main/shared/text/csv';
import { formatThaiDateNumeric } from '../../../../src-main/shared/text/thai-date';
import { isAnswered, missingRequired, outOfRange } from './entry';

/** Header cells of the raw-code export, which is also the import format. */
export const SERIAL_COLUMN = 'serial';
export const STATUS_COLUMN = 'status';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ExportRow {
  serial: string;
  status: 'partial' | 'final';
  answers: Record<string, Answer>;
}

function label(question: Question, code: number): string {
  return question.options.find((o) => o.code === code)?.label ?? String(code);
}

function cell(question: Question, value: Answer | undefined, labels: boolean): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map((c) => (labels ? label(question, c) : String(c))).join(';');
  if (typeof value === 'number' && labels && question.options.length > 0) return label(question, value);
  // For reading, a date answer in พ.ศ. as the office writes it (it was 2025-10-07); the raw-code
  // export keeps ISO, which is its import format.
  if (typeof value === 'string' && labels && question.type === 'date' && ISO_DATE.test(value)) return formatThaiDateNumeric(value);
  return String(value);
}

/**
 * Responses as CSV (UTF-8 with BOM). Raw codes: headers are the question ids and cells the
 * codes (multiple choice "1;3"), re-importable. Labels: Thai headers and answer labels, for reading.
 */
export function responsesCsv(survey: Survey, rows: readonly ExportRow[], labels: boolean): string {
  return writeCsv(responseTable(survey, rows, labels));
}

/** The same table as cells (the .xlsx responses sheet). */
export function responseTable(survey: Survey, rows: readonly ExportRow[], labels: boolean): string[][] {
  const header = labels
    ? ['เลขที่แบบสอบถาม', 'สถานะ', ...survey.questions.map((q) => q.text)]
    : [SERIAL_COLUMN, STATUS_COLUMN, ...survey.questions.map((q) => q.id)];
  const body = rows.map((r) => [
    r.serial,
    labels ? (r.status === 'final' ? 'สมบูรณ์' : 'บางส่วน') : r.status,
    ...survey.questions.map((q) => cell(q, r.answers[q.id], labels)),
  ]);
  return [header, ...body];
}

export interface ImportProblem {
  /** 1-based row of the file (the header is row 1); 0 = the file as a whole. */
  row: number;
  column: string;
  message: string;
}

export type ImportResult = { ok: true; rows: ExportRow[] } | { ok: false; problems: ImportProblem[] };

/** Bytes → text, refusing anything that is not valid UTF-8 (Excel's "CSV" is often TIS-620). */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      problem: {
        row: 0,
        column: '',
        message: 'ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (อาจเป็น TIS-620/ANSI จาก Excel รุ่นเก่า) กรุณาบันทึกใหม่เป็น "CSV UTF-8 (Comma delimited)" แล้วนำเข้าอีกครั้ง',
      },
    };
  }
}

const MAX_PROBLEMS = 200;

/**
 * Checks every row of a raw-code CSV against the survey. All or nothing: any problem and the
 * caller imports no row. Messages name the row, the column and what is wrong, in Thai.
 */
export function parseResponsesCsv(survey: Survey, text: string, existingSerials: ReadonlySet<string>): ImportResult {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch {
    return { ok: false, problems: [{ row: 0, column: '', message: 'รูปแบบไฟล์ CSV ไม่ถูกต้อง (มีเครื่องหมายคำพูด " ที่ไม่ได้ปิด)' }] };
  }
  const [header, ...body] = table;
  const expected = [SERIAL_COLUMN, STATUS_COLUMN, ...survey.questions.map((q) => q.id)];
  if (!header || header.length !== expected.length || header.some((h, i) => h.trim() !== expected[i])) {
    return {
      ok: false,
      problems: [
        {
          row: 1,
          column: '',
          message: `หัวตารางไม่ตรงกับแบบสำรวจนี้ ต้องเป็น ${expected.join(', ')} (ส่งออกแบบ "รหัส" เพื่อดูรูปแบบที่ถูกต้อง)`,
        },
      ],
    };
  }
  if (body.length === 0) return { ok: false, problems: [{ row: 0, column: '', message: 'ไม่มีข้อมูลในไฟล์' }] };
  const problems: ImportProblem[] = [];
  const rows: ExportRow[] = [];
  const seen = new Set<string>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const add = (column: string, message: string) => {
      if (problems.length < MAX_PROBLEMS) problems.push({ row, column, message });
    };
    if (cells.length !== expected.length) {
      add('', `มี ${cells.length} คอลัมน์ แต่ต้องมี ${expected.length} คอลัมน์`);
      return;
    }
    const serial = (cells[0] ?? '').trim();
    const status = (cells[1] ?? '').trim();
    if (serial && (existingSerials.has(serial) || seen.has(serial))) add(SERIAL_COLUMN, `เลขที่แบบสอบถาม ${serial} ซ้ำกับที่มีอยู่แล้ว`);
    if (serial) seen.add(serial);
    if (status !== 'final' && status !== 'partial') add(STATUS_COLUMN, `สถานะ "${status}" ไม่ถูกต้อง ต้องเป็น final หรือ partial`);
    const answers: Record<string, Answer> = {};
    survey.questions.forEach((q, qi) => {
      const raw = (cells[qi + 2] ?? '').trim();
      if (raw === '') return;
      const codes = new Set(q.options.map((o) => o.code));
      if (q.type === 'rating' || q.type === 'single') {
        const code = Number(raw);
        if (!/^\d+$/.test(raw) || !codes.has(code)) add(q.id, `ค่า "${raw}" อยู่นอกช่วงคำตอบ (${[...codes].sort((a, b) => a - b).join(', ')})`);
        else answers[q.id] = code;
      } else if (q.type === 'multiple') {
        const parts = raw.split(';').map((p) => p.trim());
        const bad = parts.filter((p) => !/^\d+$/.test(p) || !codes.has(Number(p)));
        if (bad.length) add(q.id, `ค่า "${bad.join(';')}" ไม่มีในตัวเลือก`);
        else answers[q.id] = [...new Set(parts.map(Number))].sort((a, b) => a - b);
      } else if (q.type === 'number') {
        const value = Number(raw);
        if (!/^-?\d+(\.\d+)?$/.test(raw)) add(q.id, `"${raw}" ไม่ใช่ตัวเลข`);
        else if (outOfRange(q, value)) add(q.id, `ค่า ${raw} อยู่นอกช่วง ${q.min ?? ''}–${q.max ?? ''}`);
        else answers[q.id] = value;
      } else if (q.type === 'date') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) add(q.id, `วันที่ "${raw}" ต้องอยู่ในรูป ปปปป-ดด-วว (ค.ศ.)`);
        else answers[q.id] = raw;
      } else if (raw.length > 5000) add(q.id, 'ข้อความยาวเกิน 5,000 ตัวอักษร');
      else answers[q.id] = raw;
    });
    for (const q of survey.questions) {
      if (isAnswered(answers[q.id]) && !isQuestionShown(q, answers))
        add(q.id, `ข้อนี้ต้องเว้นว่าง เพราะข้อ ${q.showIf?.questionId ?? ''} ไม่ได้ตอบ ${q.showIf?.equals ?? ''}`);
    }
    const flagged = new Set(problems.filter((p) => p.row === row).map((p) => p.column));
    if (status === 'final') for (const q of missingRequired(survey, answers)) if (!flagged.has(q.id)) add(q.id, 'ข้อบังคับตอบ แต่ไม่มีคำตอบ (แบบสอบถามที่สมบูรณ์ต้องตอบครบ)');
    rows.push({ serial, status: status === 'partial' ? 'partial' : 'final', answers });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
