import { describe, expect, it } from 'vitest';
import { fixturePlan } from './plan-fixtures';
import { formToPlan, newKpi, planFormSchema, planToForm } from './plan-form';

describe('plan form', () => {
  it('round-trips a plan through the form (yearly boxes, whole-plan KPI)', () => {
    const plan = fixturePlan();
    expect(formToPlan(planToForm(plan))).toEqual(plan);
  });

  it('keeps the years of a multi-year plan and drops boxes past its last year', () => {
    const form = planToForm(fixturePlan({ kind: 'multi-year', lastFiscalYear: 2571 }));
    form.kpis[0]!.targets = [4, 5, 6, 7, 8];
    expect(formToPlan(form).kpis[0]!.targets).toEqual([
      { fiscalYear: 2569, value: 4 },
      { fiscalYear: 2570, value: 5 },
      { fiscalYear: 2571, value: 6 },
    ]);
  });

  it('refuses more than five years and an annual plan of two, in the plan module’s words', () => {
    const tooLong = planFormSchema.safeParse(planToForm(fixturePlan({ kind: 'multi-year', lastFiscalYear: 2575 })));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues.map((i) => i.message)).toContain('plans.validation.years');
    const kpi = { ...newKpi(), name: 'ข่าว', unit: 'เรื่อง', themeId: '0190a000-0000-7000-8000-0000000000ff' };
    const unknownTheme = planFormSchema.safeParse({ ...planToForm(fixturePlan()), kpis: [kpi] });
    expect(unknownTheme.error?.issues.map((i) => i.message)).toContain('plans.validation.unknownTheme');
  });
});
