import { readSheet } from 'read-excel-file/node';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sampleSurveyReport } from '../pdf/samples/survey-report-samples';
import { surveyXlsx } from './survey-xlsx';

/** The XML parts of an .xlsx (a zip), by name, read through its central directory. */
function xlsxParts(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return parts;
}

describe('survey workbook (CWE-1236, issue 19)', () => {
  it('writes an answer like =HYPERLINK(…) as a plain string cell, never a formula; Thai intact', async () => {
    const hostile = '=HYPERLINK("http://evil.example","ดูผล")';
    const responses = [
      ['เลขที่แบบสอบถาม', 'สถานะ', 'ข้อเสนอแนะ'],
      ['1', 'สมบูรณ์', hostile],
      ['2', 'สมบูรณ์', '+1+cmd|" /C calc"!A0'],
      ['3', 'บางส่วน', 'บริการดีมาก ขอบคุณครับ'],
    ];
    const bytes = await surveyXlsx(sampleSurveyReport(), responses);
    const parts = xlsxParts(bytes);
    const sheets = [...parts].filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
    expect(sheets.length).toBe(2);
    for (const [, xml] of sheets) expect(xml).not.toMatch(/<f[\s>]/);
    // Strings go to the shared-strings table as the text itself (a quote needs no escaping in element text).
    expect(parts.get('xl/sharedStrings.xml')).toContain(`<si><t>${hostile}</t></si>`);
    const answers = await readSheet(Buffer.from(bytes), 'คำตอบ');
    expect(answers.map((r) => r[2])).toEqual(responses.map((r) => r[2]));
  });
});
