import { describe, expect, it } from 'vitest';
import type { Survey } from '../../../../src-main/shared/domain/survey';
import {
  BANDS_050,
  BANDS_080,
  bandOf,
  bandsForQuestion,
  computeSurveyStats,
  crossTabulate,
  describe as describeMoments,
  meanHundredths,
  percentages,
  type ResponseLike,
} from './statistics';
import { SURVEY_SD_METHOD_NOTE } from '../../../../src-main/shared/pdf/survey-report';
import th from '../locales/th.json';
import { writeThaiSummary } from './summary';
import { templateSurvey } from './test-survey';

const survey = templateSurvey('satisfaction');

function final(answers: ResponseLike['answers']): ResponseLike {
  return { status: 'final', answers };
}

describe('percentages (2 decimals, half up, each on its own)', () => {
  it('three equal thirds are each 33.33: the same count, the same figure', () => {
    expect(percentages([1, 1, 1], 3)).toEqual([33.33, 33.33, 33.33]);
  });
  it('rounds half up in integers: 2/3 → 66.67, 1/8 → 12.50, 1/16 = 6.25 exactly, 1/160 = 0.625 → 0.63', () => {
    expect(percentages([2, 1], 3)).toEqual([66.67, 33.33]);
    expect(percentages([1], 8)).toEqual([12.5]);
    expect(percentages([1, 1], 160)).toEqual([0.63, 0.63]);
  });
  it('does not force awkward n to 100.00: 1 of 7 is 14.29 wherever it appears', () => {
    expect(percentages([1, 2, 3, 1, 0], 7)).toEqual([14.29, 28.57, 42.86, 14.29, 0]);
  });
  it('is zero everywhere with no answers', () => {
    expect(percentages([0, 0], 0)).toEqual([0, 0]);
  });
});

describe('mean, sample S.D. and bands', () => {
  it('hand-computed: 5,4,4,3,5 → mean 4.20, S.D. √0.7 = 0.8367', () => {
    // Σx = 21, Σx² = 91, SS = 91 − 21²/5 = 2.8, s² = 2.8/4 = 0.7
    const d = describeMoments({ n: 5, sum: 21, sumSquares: 91 }, BANDS_050);
    expect(d.mean).toBe(4.2);
    expect(d.meanRounded).toBe(4.2);
    expect(d.sd).toBeCloseTo(0.83666, 5);
    expect(d.band).toBe('มาก');
  });
  it('has no S.D. for one answer and nothing for none', () => {
    expect(describeMoments({ n: 1, sum: 4, sumSquares: 16 }, BANDS_050)).toMatchObject({ mean: 4, sd: null });
    expect(describeMoments({ n: 0, sum: 0, sumSquares: 0 }, BANDS_050)).toMatchObject({ mean: null, band: null });
  });
  it('rounds the mean half up in integers: 4.505 → 4.51, 4.504 → 4.50', () => {
    expect(meanHundredths(901, 200)).toBe(451); // 4.505
    expect(meanHundredths(4504, 1000)).toBe(450); // 4.504
    expect(meanHundredths(21, 5)).toBe(420);
  });

  const BANDS = { '0.50': BANDS_050, '0.80': BANDS_080 };
  it.each([
    ['0.50', 500, 'มากที่สุด'],
    ['0.50', 451, 'มากที่สุด'],
    ['0.50', 450, 'มาก'],
    ['0.50', 351, 'มาก'],
    ['0.50', 350, 'ปานกลาง'],
    ['0.50', 251, 'ปานกลาง'],
    ['0.50', 250, 'น้อย'],
    ['0.50', 151, 'น้อย'],
    ['0.50', 150, 'น้อยที่สุด'],
    ['0.50', 100, 'น้อยที่สุด'],
    ['0.80', 421, 'มากที่สุด'],
    ['0.80', 420, 'มาก'],
    ['0.80', 341, 'มาก'],
    ['0.80', 340, 'ปานกลาง'],
    ['0.80', 261, 'ปานกลาง'],
    ['0.80', 260, 'น้อย'],
    ['0.80', 181, 'น้อย'],
    ['0.80', 180, 'น้อยที่สุด'],
  ] as const)('%s-wide bands at their boundaries: %i hundredths is %s', (width, hundredths, band) => {
    expect(bandOf(hundredths, BANDS[width])).toBe(band);
  });
  it('a mean of 4.505 is banded as printed (4.51 มากที่สุด), 4.504 as 4.50 มาก', () => {
    expect(describeMoments({ n: 200, sum: 901, sumSquares: 4061 }, BANDS_050)).toMatchObject({ meanRounded: 4.51, band: 'มากที่สุด' });
    expect(describeMoments({ n: 1000, sum: 4504, sumSquares: 20400 }, BANDS_050)).toMatchObject({ meanRounded: 4.5, band: 'มาก' });
  });
});

describe('computeSurveyStats', () => {
  const responses: ResponseLike[] = [
    final({ sex: 1, age: 2, q1: 5, q2: 4, q3: 5, q4: 5, q5: 3, comment: 'ที่จอดรถน้อย' }),
    final({ sex: 2, age: 2, q1: 4, q2: 4, q3: 5, q4: 4, q5: 3 }),
    final({ sex: 2, age: 3, q1: 4, q2: 3, q3: 4, q4: 4, q5: 2, comment: 'ควรเพิ่มเจ้าหน้าที่ช่วงเช้า' }),
    final({ sex: 2, age: 4, q1: 3, q2: 5, q3: 5, q4: 5, q5: 4 }),
    final({ sex: 1, age: 4, q1: 5, q3: 4, q4: 3, q5: 3 }), // q2 left blank
    { status: 'partial', answers: { sex: 1, q1: 1 } },
  ];
  const stats = computeSurveyStats(survey, responses);

  it('counts only finalised responses', () => {
    expect(stats.respondents).toBe(5);
    expect(stats.partial).toBe(1);
  });
  it('frequencies and percentages of a profile question', () => {
    const sex = stats.questions.find((q) => q.question.id === 'sex');
    expect(sex?.n).toBe(5);
    expect(sex?.rows.map((r) => [r.count, r.percent])).toEqual([
      [2, 40],
      [3, 60],
      [0, 0],
    ]);
  });
  it('per-question mean and S.D. (blank excluded from n)', () => {
    // q1: 5,4,4,3,5 → as hand-computed above
    const q1 = stats.questions.find((q) => q.question.id === 'q1')?.rating;
    expect(q1).toMatchObject({ n: 5, meanRounded: 4.2, band: 'มาก' });
    expect(q1?.sd).toBeCloseTo(0.83666, 5);
    // q2: 4,4,3,5 → Σ 16, mean 4.00, Σx² 66, SS = 66 − 64 = 2, s² = 2/3
    const q2 = stats.questions.find((q) => q.question.id === 'q2')?.rating;
    expect(q2).toMatchObject({ n: 4, meanRounded: 4 });
    expect(q2?.sd).toBeCloseTo(Math.sqrt(2 / 3), 10);
  });
  it('section means pool the items: ด้านเจ้าหน้าที่ = q3 + q4', () => {
    // 5,5,4,5,4 + 5,4,4,5,3 = 44 over 10 → 4.40; Σx² = 198, SS = 198 − 193.6 = 4.4, s² = 4.4/9
    const s3 = stats.sections.find((s) => s.sectionId === 's3')?.rating;
    expect(s3).toMatchObject({ n: 10, meanRounded: 4.4, band: 'มาก' });
    expect(s3?.sd).toBeCloseTo(Math.sqrt(4.4 / 9), 10);
    expect(stats.sections.find((s) => s.sectionId === 's1')?.rating).toBeNull();
  });
  it('overall mean pools every rating answer', () => {
    // q1 21 + q2 16 + q3 23 + q4 21 + q5 15 = 96 over 24 → 4.00
    expect(stats.overall).toMatchObject({ n: 24, meanRounded: 4, band: 'มาก' });
  });
  it('lists the open-ended answers', () => {
    expect(stats.questions.find((q) => q.question.id === 'comment')?.texts).toEqual(['ที่จอดรถน้อย', 'ควรเพิ่มเจ้าหน้าที่ช่วงเช้า']);
  });
  it('cross-tabulates a rating question by sex', () => {
    const tab = crossTabulate(survey, responses, 'sex', 'q1');
    expect(tab?.counts[0]).toEqual([2, 0, 0, 0, 0]); // ชาย: 5,5
    expect(tab?.counts[1]).toEqual([0, 2, 1, 0, 0]); // หญิง: 4,4,3
    expect(tab?.rowRatings[1]?.meanRounded).toBe(3.67); // 11/3 = 3.666… → 3.67
    expect(tab?.rowRatings[0]?.meanRounded).toBe(5);
  });
  it('writes a Thai summary from the figures', () => {
    const text = writeThaiSummary('ความพึงพอใจต่อการให้บริการ', stats);
    expect(text).toContain('จากผู้ตอบแบบสอบถามทั้งสิ้น 5 คน');
    expect(text).toContain('เพศหญิง ร้อยละ 60.00');
    expect(text).toContain('ภาพรวมอยู่ในระดับมาก (ค่าเฉลี่ย 4.00');
    expect(text).toContain('มีข้อเสนอแนะเพิ่มเติม 2 รายการ');
  });
});

describe('skip logic', () => {
  const awareness = templateSurvey('awareness');
  it('leaves a skipped question out of its n even if a stray answer was stored', () => {
    const stats = computeSurveyStats(awareness, [final({ heard: 1, channels: [1, 2] }), final({ heard: 2, channels: [3] }), final({ heard: 1, channels: [2] })]);
    const channels = stats.questions.find((q) => q.question.id === 'channels');
    expect(channels?.n).toBe(2);
    expect(channels?.rows.slice(0, 3).map((r) => [r.count, r.percent])).toEqual([
      [1, 50],
      [2, 100],
      [0, 0],
    ]);
  });
});

describe('report criteria', () => {
  it('prints both band schemes as Thai reports do', async () => {
    const { bandCriteria } = await import('./report-document');
    expect(bandCriteria(survey)).toEqual([
      '4.51–5.00 หมายถึง มากที่สุด',
      '3.51–4.50 หมายถึง มาก',
      '2.51–3.50 หมายถึง ปานกลาง',
      '1.51–2.50 หมายถึง น้อย',
      '1.00–1.50 หมายถึง น้อยที่สุด',
    ]);
    expect(bandCriteria({ ...survey, bandScheme: 'width080' })[0]).toBe('4.21–5.00 หมายถึง มากที่สุด');
    expect(bandCriteria({ ...survey, bandScheme: 'width080' })[4]).toBe('1.00–1.80 หมายถึง น้อยที่สุด');
  });
});

describe('bands for scales other than 5 points', () => {
  const fourPoint = [1, 2, 3, 4].map((code) => ({ code, label: ['', 'น้อยที่สุด', 'น้อย', 'มาก', 'มากที่สุด'][code] ?? '' }));
  const withQ1 = (options: { code: number; label: string }[], bandScheme: Survey['bandScheme'] = 'width050'): Survey => ({
    ...survey,
    bandScheme,
    questions: survey.questions.map((q) => (q.id === 'q1' ? { ...q, options } : q)),
  });

  it('reads a 4-point mean with the 4-point labels, not the 5-point table (3.50 is มาก, never ปานกลาง)', () => {
    const stats = computeSurveyStats(withQ1(fourPoint), [final({ q1: 4 }), final({ q1: 3 }), final({ q1: 3 }), final({ q1: 4 })]);
    const q1 = stats.questions.find((q) => q.question.id === 'q1');
    expect(q1?.rating).toMatchObject({ meanRounded: 3.5, band: 'มาก' });
  });

  it('0.50-wide on 4 points is the nearest code; 0.80-wide is four equal classes of 0.75', () => {
    const narrow = bandsForQuestion('width050', { options: fourPoint });
    expect(narrow.map((b) => b.fromHundredths)).toEqual([351, 251, 151, 100]);
    expect(bandOf(350, narrow)).toBe('มาก');
    expect(bandOf(351, narrow)).toBe('มากที่สุด');
    const wide = bandsForQuestion('width080', { options: fourPoint });
    expect(wide.map((b) => b.fromHundredths)).toEqual([326, 251, 176, 100]);
    expect(bandOf(325, wide)).toBe('มาก');
    expect(bandOf(326, wide)).toBe('มากที่สุด');
  });

  it('keeps the usual 5-point tables, and names 3-point bands from the question', () => {
    const five = survey.questions.find((q) => q.id === 'q1');
    expect(bandsForQuestion('width050', five!)).toBe(BANDS_050);
    expect(bandsForQuestion('width080', five!)).toBe(BANDS_080);
    const three = bandsForQuestion('width050', { options: [{ code: 1, label: 'ไม่พอใจ' }, { code: 2, label: 'เฉย ๆ' }, { code: 3, label: 'พอใจ' }] });
    expect(three.map((b) => b.label)).toEqual(['พอใจ', 'เฉย ๆ', 'ไม่พอใจ']);
  });
});

describe('the overall S.D. method, as stated (issue 22)', () => {
  it('pools every rating answer, which is not the mean of the item S.D.s; screen and PDF say so in the same words', () => {
    // Two items with no spread of their own (S.D. 0 each) but different levels: pooled S.D. > 0.
    const responses = [final({ q1: 5, q2: 1, q3: 5, q4: 5, q5: 5 }), final({ q1: 5, q2: 1, q3: 5, q4: 5, q5: 5 })];
    const stats = computeSurveyStats(survey, responses);
    const s2 = stats.sections.find((s) => s.sectionId === 's2')?.rating;
    const itemSds = ['q1', 'q2'].map((id) => stats.questions.find((q) => q.question.id === id)?.rating?.sd);
    expect(itemSds).toEqual([0, 0]);
    // 5,5,1,1: mean 3, Σ(x−x̄)² = 16, s² = 16/3.
    expect(s2?.sd).toBeCloseTo(Math.sqrt(16 / 3), 10);
    expect(stats.overall?.n).toBe(10);
    expect(th.surveys.stats.sdMethod).toBe(SURVEY_SD_METHOD_NOTE);
    expect(SURVEY_SD_METHOD_NOTE).toContain('คำตอบทุกข้อ');
  });
});
