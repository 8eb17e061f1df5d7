import { briefingSchema, briefingVersionSchema, type Briefing, type BriefingVersion } from '../../src-main/shared/domain/briefing';
import { pressConferenceSchema, pressStatementSchema, type PressConference, type PressStatement } from '../../src-main/shared/domain/press-conference';
import { qaBankItemSchema, type QaBankItem } from '../../src-main/shared/domain/qa-bank';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export const briefingRepo = (db: PrDeskDb) => createRepository<Briefing>(db, 'briefings', briefingSchema);
export const briefingVersionRepo = (db: PrDeskDb) => createRepository<BriefingVersion>(db, 'briefingVersions', briefingVersionSchema);
export const qaBankRepo = (db: PrDeskDb) => createRepository<QaBankItem>(db, 'qaBank', qaBankItemSchema);
export const pressConferenceRepo = (db: PrDeskDb) => createRepository<PressConference>(db, 'pressConferences', pressConferenceSchema);
export const pressStatementRepo = (db: PrDeskDb) => createRepository<PressStatement>(db, 'pressStatements', pressStatementSchema);
