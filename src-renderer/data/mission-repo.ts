import { missionSchema, type Mission } from '../../src-main/shared/domain/mission';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export function missionRepo(db: PrDeskDb) {
  return createRepository<Mission>(db, 'missions', missionSchema);
}
