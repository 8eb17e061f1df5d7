import { agencySchema, type Agency } from '../../src-main/shared/domain/agency';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export const agencyRepo = (db: PrDeskDb) => createRepository<Agency>(db, 'agencies', agencySchema);
