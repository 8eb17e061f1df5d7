import { staffSchema, type Staff } from '../../src-main/shared/domain/staff';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export function staffRepo(db: PrDeskDb) {
  return createRepository<Staff>(db, 'staff', staffSchema);
}
