import { dailyDigestSchema, type DailyDigest } from '../../../../src-main/shared/domain/daily-digest';
import { createRepository } from '../../../data/repository';
import type { PrDeskDb } from '../../../data';

/** The digests as sent, one a day: kept as records (the executives' copy of what they were told). */
export const digestRepo = (db: PrDeskDb) => createRepository<DailyDigest>(db, 'dailyDigests', dailyDigestSchema);
