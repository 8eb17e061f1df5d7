import { z } from 'zod';
import { isoDate, thaiText } from './validation';

/**
 * แผนประชาสัมพันธ์ / แผนสื่อสาร (issue 24). A provincial plan follows the department's and the
 * government's policy and the national PR plan; a city communication plan (Bangkok's 2566–2570)
 * sets themes (ขอบข่ายเนื้อหา), priority topics (ประเด็นเน้นหนัก) with their guidelines
 * (แนวทางปฏิบัติ), and how it is monitored (KPIs). A plan covers one fiscal year, or up to
 * five with a yearly target per KPI ("yearly slices").
 *
 * Themes, topics and KPIs live inside the plan record: one person (the head of the PR group)
 * writes a plan and the director approves it, so a whole-list merge is what the office expects.
 * Their ids are uuids so tags and KPIs keep pointing at a theme after it is renamed.
 */
export const PLAN_KINDS = ['annual', 'multi-year'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Fiscal years in พ.ศ., as every report of the office names them. */
const fiscalYearBE = () => z.number().int().min(2500).max(2700);

/**
 * Where a KPI's actual comes from. Counted sources read the office's own records tagged with
 * the KPI's theme (and topic, when it names one) in the fiscal year; 'manual' is typed in.
 * - releases / briefings / conferences / surveys: tagged records (releases only once published);
 * - tasks-done: tagged tasks finished in the year;
 * - media-items: tagged media items; media-positive: the percent of them not negative;
 * - pickups: times the media used a tagged release; reach: estimated audience of tagged media
 *   items and of pickups of tagged releases;
 * - response-hours: the median hours to first response of tagged issues (lower is better).
 */
export const KPI_SOURCES = [
  'releases',
  'briefings',
  'conferences',
  'surveys',
  'tasks-done',
  'media-items',
  'media-positive',
  'pickups',
  'reach',
  'response-hours',
  'manual',
] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

/** A target is met by reaching it (at-least) or by staying under it (at-most: response hours). */
export const KPI_DIRECTIONS = ['at-least', 'at-most'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

const yearValueSchema = z.object({
  fiscalYear: fiscalYearBE(),
  value: z.number().min(0).max(1e12),
});

export const planTopicSchema = z.object({
  id: z.string().uuid(),
  name: thaiText({ min: 1, max: 300 }),
  /** แนวทางปฏิบัติ: what the office does under this topic. */
  guideline: thaiText({ max: 3_000 }),
});
export type PlanTopic = z.infer<typeof planTopicSchema>;

export const planThemeSchema = z.object({
  id: z.string().uuid(),
  name: thaiText({ min: 1, max: 300 }),
  description: thaiText({ max: 3_000 }),
  topics: z.array(planTopicSchema).max(30),
});
export type PlanTheme = z.infer<typeof planThemeSchema>;

export const planKpiSchema = z.object({
  id: z.string().uuid(),
  /** ตัวชี้วัด, as the plan words it. */
  name: thaiText({ min: 1, max: 300 }),
  unit: thaiText({ min: 1, max: 60 }),
  /** The theme (and topic) whose work counts; null theme: the whole plan. */
  themeId: z.string().uuid().nullable(),
  topicId: z.string().uuid().nullable(),
  source: z.enum(KPI_SOURCES),
  direction: z.enum(KPI_DIRECTIONS),
  /** เป้าหมายรายปี: one per fiscal year of the plan. */
  targets: z.array(yearValueSchema).max(10),
  /** Actuals typed in, for 'manual' KPIs. */
  actuals: z.array(yearValueSchema).max(10),
});
export type PlanKpi = z.infer<typeof planKpiSchema>;

export const planFieldsSchema = z.object({
  title: thaiText({ min: 1, max: 300 }),
  kind: z.enum(PLAN_KINDS),
  firstFiscalYear: fiscalYearBE(),
  lastFiscalYear: fiscalYearBE(),
  status: z.enum(PLAN_STATUSES),
  /** The national, departmental and provincial plans and policies this plan serves. */
  servesPlans: z.array(thaiText({ min: 1, max: 300 })).max(20),
  themes: z.array(planThemeSchema).max(20),
  targetGroups: z.array(thaiText({ min: 1, max: 200 })).max(30),
  channels: z.array(thaiText({ min: 1, max: 200 })).max(30),
  kpis: z.array(planKpiSchema).max(60),
  /** การติดตามและประเมินผล: how and when the office reviews the plan. */
  monitoring: thaiText({ max: 3_000 }),
});

type PlanFields = z.infer<typeof planFieldsSchema>;

function checkPlan(plan: PlanFields, ctx: z.RefinementCtx): void {
  const years = plan.lastFiscalYear - plan.firstFiscalYear;
  if (years < 0 || years > 4) ctx.addIssue({ code: 'custom', message: 'plans.validation.years', path: ['lastFiscalYear'] });
  if (plan.kind === 'annual' && years !== 0) ctx.addIssue({ code: 'custom', message: 'plans.validation.annualOneYear', path: ['lastFiscalYear'] });
  const topicsOf = new Map(plan.themes.map((theme) => [theme.id, new Set(theme.topics.map((topic) => topic.id))]));
  const ids = [...plan.themes.map((t) => t.id), ...plan.themes.flatMap((t) => t.topics.map((topic) => topic.id)), ...plan.kpis.map((k) => k.id)];
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'plans.validation.duplicateId', path: ['themes'] });
  plan.kpis.forEach((kpi, index) => {
    const topics = kpi.themeId === null ? undefined : topicsOf.get(kpi.themeId);
    if (kpi.themeId !== null && !topics) ctx.addIssue({ code: 'custom', message: 'plans.validation.unknownTheme', path: ['kpis', index, 'themeId'] });
    if (kpi.topicId !== null && !topics?.has(kpi.topicId)) ctx.addIssue({ code: 'custom', message: 'plans.validation.unknownTopic', path: ['kpis', index, 'topicId'] });
    for (const list of ['targets', 'actuals'] as const) {
      const seen = new Set<number>();
      for (const { fiscalYear } of kpi[list]) {
        if (fiscalYear < plan.firstFiscalYear || fiscalYear > plan.lastFiscalYear || seen.has(fiscalYear)) {
          ctx.addIssue({ code: 'custom', message: 'plans.validation.kpiYear', path: ['kpis', index, list] });
        }
        seen.add(fiscalYear);
      }
    }
  });
}

export const planSchema = planFieldsSchema.superRefine(checkPlan);
export type Plan = z.infer<typeof planSchema>;

/**
 * The records that can be tagged with a theme and topic of a plan, and the missions that map
 * onto it (งานตามภารกิจประจำ). A tag is a record of its own, like a work link: tagging never
 * rewrites the release or the task, so it cannot clash with an edit on another workstation.
 */
export const PLAN_TAG_TABLES = ['pressReleases', 'briefings', 'pressConferences', 'tasks', 'mediaItems', 'surveys', 'missions'] as const;
export type PlanTagTable = (typeof PLAN_TAG_TABLES)[number];

export const planTagSchema = z.object({
  planId: z.string().uuid(),
  themeId: z.string().uuid(),
  topicId: z.string().uuid().nullable(),
  table: z.enum(PLAN_TAG_TABLES),
  recordId: z.string().uuid(),
  /** Copied at tagging so the plan report still reads if the record is renamed or erased. */
  title: thaiText({ min: 1, max: 500 }),
  /** The day the work happened (ISO), which places it in a fiscal year. */
  date: isoDate(),
});
export type PlanTag = z.infer<typeof planTagSchema>;
