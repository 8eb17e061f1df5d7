import { describe, expect, it } from 'vitest';
import { PERSONAL_TABLES } from './personal-fields';
import { ROPA_ACTIVITIES, TABLE_LABELS, ropaRegister } from './ropa';

describe('records of processing (ROPA) from the personal-data tags', () => {
  it('puts every table that holds tagged personal data in exactly one activity, of the same data subject (a new one fails here)', () => {
    const owners = new Map<string, string[]>();
    for (const activity of ROPA_ACTIVITIES) for (const table of activity.tables) owners.set(table, [...(owners.get(table) ?? []), activity.id]);
    const problems: string[] = [];
    for (const [table, declared] of Object.entries(PERSONAL_TABLES)) {
      const activities = owners.get(table) ?? [];
      if (activities.length !== 1) problems.push(`${table}: in ${activities.length} activities`);
      const activity = ROPA_ACTIVITIES.find((a) => a.id === activities[0]);
      if (activity && activity.subject !== declared.subject) problems.push(`${table}: ${declared.subject} listed under ${activity.subject}`);
      if (!TABLE_LABELS[table]) problems.push(`${table}: no Thai name`);
    }
    for (const table of owners.keys()) if (!PERSONAL_TABLES[table]) problems.push(`${table}: listed but holds no tagged data`);
    expect(problems).toEqual([]);
  });

  it('lists the categories the tables really hold, in Thai, with the records counted', () => {
    const rows = ropaRegister({ interns: 12, mediaContacts: 340 });
    const interns = rows.find((r) => r.activity.id === 'internships');
    expect(interns?.subjectLabel).toBe('นักศึกษาฝึกงาน');
    expect(interns?.categories).toEqual(expect.arrayContaining(['ชื่อ-นามสกุลและคำนำหน้า', 'ภาพถ่ายและเอกสารสแกน', 'ผลการประเมิน']));
    expect(interns?.stored.find((s) => s.table === 'interns')).toMatchObject({ label: 'นักศึกษาฝึกงาน', records: 12 });
    expect(rows.find((r) => r.activity.id === 'media')?.activity.lawfulBasis).toContain('มาตรา 19');
    // Every activity states all five things the PDPA asks for.
    for (const row of rows) for (const key of ['purpose', 'lawfulBasis', 'retention', 'recipients', 'source'] as const) expect(row.activity[key].length, `${row.activity.id}.${key}`).toBeGreaterThan(5);
  });
});
