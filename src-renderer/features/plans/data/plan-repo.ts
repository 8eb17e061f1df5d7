import { planSchema, planTagSchema, type Plan, type PlanTag } from '../../../../src-main/shared/domain/plan';
import { createRepository, type PrDeskDb } from '../../../data';

/** แผนประชาสัมพันธ์: written only by 'plan.manage' roles (write-rules refuses everyone else). */
export const planRepo = (db: PrDeskDb) => createRepository<Plan>(db, 'plans', planSchema);

/** Which theme and topic of a plan a record of another module served (see tagRecord). */
export const planTagRepo = (db: PrDeskDb) => createRepository<PlanTag>(db, 'planTags', planTagSchema);
