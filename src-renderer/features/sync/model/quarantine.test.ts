import { describe, expect, it } from 'vitest';
import { OP_REJECTION_TH } from '../../../../src-main/shared/sync/op-validation';
import { FILE_QUARANTINE_REASONS } from '../../../../src-main/shared/sync/quarantine';
import { QUARANTINE_REASONS, mergeQuarantined, quarantineRows, type QuarantinedEntry } from './quarantine';

const PC2 = '0190c000-0000-7000-8000-000000000002';
const PC3 = '0190c000-0000-7000-8000-000000000003';
const LOG = 'devices/pc2/log-000007.json.gz';

const badValue: QuarantinedEntry = { deviceId: PC2, deviceName: 'เครื่องงานข่าว', file: LOG, reason: 'bad-value', opId: 'op-1', field: 'headline' };
const tampered: QuarantinedEntry = { deviceId: PC3, deviceName: 'เครื่องธุรการ', file: 'devices/pc3/log-000002.json.gz', reason: 'tampered-or-wrong-place' };

describe('what a sync set aside', () => {
  it('is reported once however many pull rounds repeat it', () => {
    const first = mergeQuarantined([], [badValue, tampered]);
    const second = mergeQuarantined(first, [{ ...badValue }, { ...tampered, deviceName: 'ชื่อใหม่' }]);
    expect(second).toEqual([badValue, tampered]);
  });

  it('keeps apart what differs by device, file, op or reason', () => {
    const variants: QuarantinedEntry[] = [
      badValue,
      { ...badValue, deviceId: PC3 },
      { ...badValue, file: 'devices/pc2/log-000008.json.gz' },
      { ...badValue, opId: 'op-2' },
      { ...badValue, reason: 'unknown-field' },
      { deviceId: PC2, deviceName: 'เครื่องงานข่าว', file: LOG, reason: 'bad-value' }, // the whole file, not op-1
    ];
    expect(mergeQuarantined([], [...variants, ...variants])).toEqual(variants);
  });

  it('does not take a different field as a different report (same op, same reason)', () => {
    expect(mergeQuarantined([badValue], [{ ...badValue, field: 'body' }])).toEqual([badValue]);
  });

  it('has a text for every file reason and every op rejection', () => {
    for (const reason of [...FILE_QUARANTINE_REASONS, ...Object.keys(OP_REJECTION_TH)]) expect(QUARANTINE_REASONS).toContain(reason);
  });
});

describe('the report rows', () => {
  it('name the workstation, the file and why, whole files first', () => {
    const rows = quarantineRows([badValue, tampered, { ...badValue, opId: undefined, reason: 'checksum', field: undefined }]);
    expect(rows.map(({ device, file, scope, reasonKey, field }) => ({ device, file, scope, reasonKey, field }))).toEqual([
      { device: 'เครื่องงานข่าว', file: LOG, scope: 'file', reasonKey: 'syncPage.quarantine.checksum', field: null },
      { device: 'เครื่องงานข่าว', file: LOG, scope: 'op', reasonKey: 'syncPage.quarantine.bad-value', field: 'headline' },
      { device: 'เครื่องธุรการ', file: 'devices/pc3/log-000002.json.gz', scope: 'file', reasonKey: 'syncPage.quarantine.tampered-or-wrong-place', field: null },
    ]);
  });

  it('fall back to the device id and to a generic reason text', () => {
    const [row] = quarantineRows([{ deviceId: PC2, deviceName: '  ', file: LOG, reason: 'from-a-newer-app', field: ' ' }]);
    expect(row).toMatchObject({ device: PC2, reasonKey: 'syncPage.quarantineReport.unknownReason', reason: 'from-a-newer-app', field: null });
  });

  it('have distinct keys', () => {
    const rows = quarantineRows(mergeQuarantined([], [badValue, tampered, { ...badValue, opId: 'op-2' }]));
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });
});
