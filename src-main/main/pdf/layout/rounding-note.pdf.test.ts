import { describe, expect, it } from 'vitest';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';
import { createInProcessRenderer } from '../pool';
import { PDF_SAMPLES } from '../samples';
import { toThaiDigits } from '../../../shared/text/thai-digits';
import { pdfText } from '../testing/poppler';
import { ROUNDING_RULES } from './rounding-note';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/[\s\u200B]+/g, '');

// Every report with percentages prints how they were rounded (it printed them without saying).
describe.each([
  ['complaint-report', ROUNDING_RULES.oneDecimalHalfUp],
  ['survey-report', ROUNDING_RULES.surveyHalfUp],
  ['mission-report', ROUNDING_RULES.wholePercentHalfUp],
] as const)('the %s', (kind, rule) => {
  it('prints its rounding rule', async () => {
    const sample = PDF_SAMPLES[kind]()[0];
    if (!sample) throw new Error(`no ${kind} sample`);
    const text = flat(await pdfText((await renderer.render(sample.request)).bytes));
    const digits = sample.request.options.thaiDigits;
    expect(text).toContain(flat(`หมายเหตุ การปัดเศษ: ${digits ? toThaiDigits(rule) : rule}`));
  });
});
