import { describe, expect, it } from 'vitest';
import { SYNCED_TABLES } from '../../data';
import { fieldLabelKey } from './conflict-labels';
import { hasThaiText as hasKey, thaiText } from '../../../tests/fixtures/renderer/app-texts';

describe('fieldLabelKey', () => {
  // Fields that conflict in the existing tests (tests/e2e/sync.spec.ts, src-renderer/data/sync-store.test.ts),
  // plus the long texts a press or task conflict is most likely to be about.
  const known: Array<[string, string, string]> = [
    ['staff', 'position', 'ตำแหน่ง'],
    ['tasks', 'title', 'ชื่องาน'],
    ['tasks', 'details', 'รายละเอียด'],
    ['tasks', 'assigneeIds', 'ผู้รับผิดชอบ'],
    ['pressReleases', 'headline', 'หัวข้อข่าว'],
    ['pressReleases', 'body', 'เนื้อข่าว'],
    ['pressReleases', 'agencyId', 'หน่วยงาน'],
    ['pressRequests', 'title', 'ชื่องาน/กิจกรรม'],
    ['institutions', 'name', 'ชื่อสถานศึกษา'],
  ];

  it.each(known)('labels %s.%s in Thai', (table, field, label) => {
    const key = fieldLabelKey(table, field, hasKey);
    expect(key).toBeDefined();
    expect(hasKey(key!)).toBe(true);
    expect(thaiText(key!)).toBe(label);
  });

  it('answers undefined for a field no form names, so the caller shows the field name', () => {
    expect(fieldLabelKey('staff', 'noSuchField', hasKey)).toBeUndefined();
    expect(fieldLabelKey('noSuchTable', 'title', hasKey)).toBeUndefined();
  });

  it('names every synced table in Thai', () => {
    for (const table of SYNCED_TABLES) expect(hasKey(`syncPage.conflictTables.${table}`), table).toBe(true);
  });
});
