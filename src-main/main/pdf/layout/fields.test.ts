import { describe, expect, it } from 'vitest';
import { FIELD_LABEL_FONT_SIZE, fieldPair, labelledField } from './fields';

describe('form fields', () => {
  it('prints the label bold and larger, then the value', () => {
    expect(labelledField('เรื่อง', 'ขอเชิญ')).toEqual({
      text: [{ text: 'เรื่อง', bold: true, fontSize: FIELD_LABEL_FONT_SIZE }, '  ขอเชิญ'],
    });
  });

  it('splits a line in two halves for ที่ and วันที่', () => {
    const pair = fieldPair(labelledField('ที่', 'สข 1'), labelledField('วันที่', '1 ม.ค. 2568'));
    expect(pair).toMatchObject({ columns: [{ width: '50%' }, { width: '50%' }] });
  });
});
