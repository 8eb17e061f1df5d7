import {
  distributionListSchema,
  mediaContactSchema,
  mediaOutletSchema,
  type DistributionList,
  type MediaContact,
  type MediaOutlet,
} from '../../src-main/shared/domain/media';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export const mediaOutletRepo = (db: PrDeskDb) => createRepository<MediaOutlet>(db, 'mediaOutlets', mediaOutletSchema);
export const mediaContactRepo = (db: PrDeskDb) => createRepository<MediaContact>(db, 'mediaContacts', mediaContactSchema);
export const distributionListRepo = (db: PrDeskDb) =>
  createRepository<DistributionList>(db, 'distributionLists', distributionListSchema);
