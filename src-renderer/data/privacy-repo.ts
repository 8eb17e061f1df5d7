import { dataBreachSchema, type DataBreach } from '../../src-main/shared/domain/data-breach';
import { dataRequestSchema, type DataRequest } from '../../src-main/shared/domain/data-request';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export const dataRequestRepo = (db: PrDeskDb) => createRepository<DataRequest>(db, 'dataRequests', dataRequestSchema);
export const dataBreachRepo = (db: PrDeskDb) => createRepository<DataBreach>(db, 'dataBreaches', dataBreachSchema);
