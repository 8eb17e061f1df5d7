import { complaintSchema, complaintSettingsSchema, complaintStepSchema, type Complaint, type ComplaintSettings, type ComplaintStep } from '../../src-main/shared/domain/complaint';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export const complaintRepo = (db: PrDeskDb) => createRepository<Complaint>(db, 'complaints', complaintSchema);
export const complaintStepRepo = (db: PrDeskDb) => createRepository<ComplaintStep>(db, 'complaintSteps', complaintStepSchema);
export const complaintSettingsRepo = (db: PrDeskDb) => createRepository<ComplaintSettings>(db, 'complaintSettings', complaintSettingsSchema);
