import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { KPI_DIRECTIONS, KPI_SOURCES, planFieldsSchema, planKpiSchema, planSchema, type Plan, type PlanKpi } from '../../../../src-main/shared/domain/plan';

/** A plan covers at most five fiscal years, so a KPI has at most five yearly boxes. */
export const MAX_PLAN_YEARS = 5;

const yearBoxes = z.array(z.number().min(0).max(1e12).nullable()).length(MAX_PLAN_YEARS);

/**
 * A KPI as the form edits it: theme and topic '' for "the whole plan" / "the whole theme"
 * (a select holds strings), and one box per year of the plan, by its place (first year = 0),
 * empty when no target was set that year.
 */
const kpiFormSchema = planKpiSchema.omit({ themeId: true, topicId: true, targets: true, actuals: true }).extend({
  themeId: z.string(),
  topicId: z.string(),
  source: z.enum(KPI_SOURCES),
  direction: z.enum(KPI_DIRECTIONS),
  targets: yearBoxes,
  actuals: yearBoxes,
});
export type KpiForm = z.infer<typeof kpiFormSchema>;

const formShape = planFieldsSchema.omit({ kpis: true }).extend({ kpis: z.array(kpiFormSchema).max(60) });
export type PlanForm = z.infer<typeof formShape>;

/**
 * The plan form's rules: each field's own (Thai text, lengths), then the plan's (years, the
 * KPI's theme and topic) on the plan the form will save, so both say the same thing.
 */
export const planFormSchema = formShape.superRefine((form, ctx) => {
  const checked = planSchema.safeParse(formToPlan(form));
  if (checked.success) return;
  for (const issue of checked.error.issues) if (issue.code === 'custom') ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

const emptyBoxes = () => Array<number | null>(MAX_PLAN_YEARS).fill(null);

export function newKpi(): KpiForm {
  return { id: uuidv7(), name: '', unit: '', themeId: '', topicId: '', source: 'releases', direction: 'at-least', targets: emptyBoxes(), actuals: emptyBoxes() };
}

export const newTheme = () => ({ id: uuidv7(), name: '', description: '', topics: [] });
export const newTopic = () => ({ id: uuidv7(), name: '', guideline: '' });

export function emptyPlanForm(fiscalYear: number): PlanForm {
  return {
    title: '',
    kind: 'annual',
    firstFiscalYear: fiscalYear,
    lastFiscalYear: fiscalYear,
    status: 'draft',
    servesPlans: [],
    themes: [],
    targetGroups: [],
    channels: [],
    kpis: [],
    monitoring: '',
  };
}

function toBoxes(values: PlanKpi['targets'], firstYear: number): (number | null)[] {
  const boxes = emptyBoxes();
  for (const { fiscalYear, value } of values) {
    const at = fiscalYear - firstYear;
    if (at >= 0 && at < MAX_PLAN_YEARS) boxes[at] = value;
  }
  return boxes;
}

function fromBoxes(boxes: readonly (number | null)[], firstYear: number, lastYear: number): PlanKpi['targets'] {
  return boxes.flatMap((value, at) => (value === null || firstYear + at > lastYear ? [] : [{ fiscalYear: firstYear + at, value }]));
}

export function planToForm(plan: Plan): PlanForm {
  return {
    ...plan,
    kpis: plan.kpis.map((kpi) => ({
      ...kpi,
      themeId: kpi.themeId ?? '',
      topicId: kpi.topicId ?? '',
      targets: toBoxes(kpi.targets, plan.firstFiscalYear),
      actuals: toBoxes(kpi.actuals, plan.firstFiscalYear),
    })),
  };
}

/** The plan the form saves: an annual plan ends in its first year; boxes beyond the last year are dropped. */
export function formToPlan(form: PlanForm): Plan {
  const last = form.kind === 'annual' ? form.firstFiscalYear : form.lastFiscalYear;
  return {
    ...form,
    lastFiscalYear: last,
    kpis: form.kpis.map((kpi) => ({
      ...kpi,
      themeId: kpi.themeId || null,
      topicId: kpi.themeId ? kpi.topicId || null : null,
      targets: fromBoxes(kpi.targets, form.firstFiscalYear, last),
      actuals: kpi.source === 'manual' ? fromBoxes(kpi.actuals, form.firstFiscalYear, last) : [],
    })),
  };
}

/** The fiscal years of a plan, first to last. */
export function planYears(plan: { firstFiscalYear: number; lastFiscalYear: number }): number[] {
  return Array.from({ length: Math.max(0, plan.lastFiscalYear - plan.firstFiscalYear + 1) }, (_, i) => plan.firstFiscalYear + i);
}
