// What the plans pages use, and what other features may read or write of plans and their tags.
export { planRepo, planTagRepo } from './plan-repo';
export { tagRecord, type TaggedRecord, type TagTarget } from './plan-tag-actions';
export { usePlan, usePlanCommands, usePlans, usePlanReport, usePlanTagCommands, useRecordPlanTags } from './use-plans';
export { loadPlanReportSources } from './plan-report-sources';
