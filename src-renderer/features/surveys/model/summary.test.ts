import { describe, expect, it } from 'vitest';
import { computeSurveyStats, type ResponseLike } from './statistics';
import { writeThaiSummary } from './summary';
import { templateSurvey } from './test-survey';

const survey = templateSurvey('satisfaction');
const final = (answers: ResponseLike['answers']): ResponseLike => ({ status: 'final', answers });
const summary = (responses: ResponseLike[]) => writeThaiSummary('ความพึงพอใจต่อการให้บริการ', computeSurveyStats(survey, responses));

// Issue 22: the summary named one item "highest" when several printed the same mean.
describe('the summary paragraph with ties', () => {
  it('names every item and group tied for highest, and says they are equal', () => {
    // q1, q2, q3 all 5.00 (tied highest), q4 4.00, q5 3.00; one man, one woman.
    const text = summary([final({ sex: 1, q1: 5, q2: 5, q3: 5, q4: 4, q5: 3 }), final({ sex: 2, q1: 5, q2: 5, q3: 5, q4: 4, q5: 3 })]);
    expect(text).toContain('รายข้อที่มีค่าเฉลี่ยสูงสุดเท่ากัน 3 ข้อ คือ ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน, ความรวดเร็วในการให้บริการ และเจ้าหน้าที่พูดจาสุภาพ อัธยาศัยดี (5.00)');
    expect(text).toContain('ต่ำสุดคือ สถานที่สะอาด มีที่นั่งรอเพียงพอ (3.00)');
    expect(text).not.toContain('ส่วนใหญ่มีเพศ');
    expect(text).toContain('มีเพศชายและหญิงเท่ากัน กลุ่มละร้อยละ 50.00');
  });
  it('ties on the printed mean, not on digits the table does not show', () => {
    // ด้านกระบวนการ (q1, q2) 4.50 and ด้านเจ้าหน้าที่ (q3, q4) 4.50: both highest.
    const text = summary([final({ sex: 2, q1: 5, q2: 4, q3: 4, q4: 5, q5: 2 }), final({ sex: 2, q1: 5, q2: 4, q3: 5, q4: 4, q5: 3 })]);
    expect(text).toContain('พบว่าด้านกระบวนการให้บริการ และด้านเจ้าหน้าที่ผู้ให้บริการมีค่าเฉลี่ยสูงสุดเท่ากัน (4.50 ระดับมาก)');
    expect(text).toContain('ด้านสิ่งอำนวยความสะดวกมีค่าเฉลี่ยต่ำสุด (2.50 ระดับน้อย)');
  });
  it('says every item and every section is equal when they are, with no highest or lowest', () => {
    const text = summary([final({ sex: 1, q1: 4, q2: 4, q3: 4, q4: 4, q5: 4 }), final({ sex: 1, q1: 4, q2: 4, q3: 4, q4: 4, q5: 4 })]);
    expect(text).toContain('ทุกด้านมีค่าเฉลี่ยเท่ากัน (4.00 ระดับมาก)');
    expect(text).toContain('ทุกข้อมีค่าเฉลี่ยเท่ากัน (4.00)');
    expect(text).not.toMatch(/สูงสุด|ต่ำสุด/);
    expect(text).toContain('ส่วนใหญ่มีเพศชาย ร้อยละ 100.00');
  });
  it('keeps the single highest and lowest as before', () => {
    const text = summary([final({ sex: 2, q1: 5, q2: 4, q3: 3, q4: 3, q5: 2 })]);
    expect(text).toContain('รายข้อที่มีค่าเฉลี่ยสูงสุดคือ ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน (5.00) และต่ำสุดคือ สถานที่สะอาด มีที่นั่งรอเพียงพอ (2.00)');
  });
});
